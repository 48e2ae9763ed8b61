using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The closed vocabularies agree in their three places: generator, JSON Schema and runtime enums.</summary>
public sealed class VocabularyTests
{
    // Sidecar-only vocabularies: they steer validation and never reach the runtime.
    private static readonly string[] SidecarOnly = { "QuoteMarks", "IgnoreReason" };

    // By name: the runtime's KzDataset.Corpus would hide the fixtures' Corpus if its types were in scope.
    private static readonly System.Reflection.Assembly RuntimeAssembly = System.Reflection.Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "KzDataset.Runtime.dll"));

    public static TheoryData<string> Emitted => new(Vocabulary.All.Select(v => v.EnumType).Where(t => !SidecarOnly.Contains(t)));

    [Theory]
    [MemberData(nameof(Emitted))]
    public void Every_value_is_a_member_of_the_runtime_enum_and_nothing_more(string enumType)
    {
        var vocabulary = Vocabulary.All.Single(v => v.EnumType == enumType);
        var type = RuntimeAssembly.GetType("KzDataset." + enumType, throwOnError: true)!;
        var members = Enum.GetNames(type).Where(n => n != "None").OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(vocabulary.Values.Select(Identifiers.ToPascalCase).OrderBy(n => n, StringComparer.Ordinal), members);
    }

    // Article records store a word as its position in the vocabulary; the runtime reads it back as
    // that enum value (flags: bit i), so the order must agree too, not only the names.
    [Theory]
    [MemberData(nameof(Emitted))]
    public void Each_code_is_the_runtime_enum_value_of_its_word(string enumType)
    {
        var vocabulary = Vocabulary.All.Single(v => v.EnumType == enumType);
        var type = RuntimeAssembly.GetType("KzDataset." + enumType, throwOnError: true)!;
        var flags = type.IsDefined(typeof(FlagsAttribute), inherit: false);
        for (var code = 0; code < vocabulary.Values.Count; code++)
        {
            var value = Convert.ToInt32(Enum.Parse(type, Identifiers.ToPascalCase(vocabulary.Values[code])), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(flags ? 1 << code : code, value);
        }
    }

    [Fact]
    public void Every_vocabulary_is_an_enum_of_the_schemas_and_every_schema_enum_a_vocabulary()
    {
        var schemaEnums = Directory.EnumerateFiles(RepositoryPaths.Combine("seeds", "schema"), "*.schema.json")
            .SelectMany(f => Enums(JsonNode.Parse(File.ReadAllText(f))!))
            .Select(values => string.Join("|", values))
            .Distinct()
            .ToList();
        var vocabularies = Vocabulary.All.Select(v => string.Join("|", v.Values)).ToList();

        Assert.Equal(vocabularies.OrderBy(v => v, StringComparer.Ordinal), schemaEnums.OrderBy(v => v, StringComparer.Ordinal));
    }

    private static IEnumerable<IEnumerable<string>> Enums(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "enum" && value is JsonArray values) yield return values.Select(v => v!.GetValue<string>()).ToList();
                    else if (value is not null) foreach (var nested in Enums(value)) yield return nested;
                }
                break;
            case JsonArray array:
                foreach (var item in array.Where(i => i is not null)) foreach (var nested in Enums(item!)) yield return nested;
                break;
        }
    }
}
