using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The closed vocabularies have one definition, the enums of KzDataset.Format with their words: the
/// generator's view, the runtime's public enums and word reader, and the JSON Schemas agree with it.
/// </summary>
public sealed class VocabularyTests
{
    // Sidecar-only vocabularies: they steer validation and never reach the runtime.
    private static readonly Type[] SidecarOnly = { typeof(QuoteMarks), typeof(IgnoreReason) };

    // By name: the runtime's KzDataset.Corpus would hide the fixtures' Corpus if its types were in scope.
    private static readonly System.Reflection.Assembly RuntimeAssembly = System.Reflection.Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "KzDataset.Runtime.dll"));

    public static TheoryData<string> Emitted => new(Vocabulary.All.Where(v => !SidecarOnly.Contains(v.EnumType)).Select(v => v.EnumType.Name));

    public static TheoryData<string> Every => new(Vocabulary.All.Select(v => v.EnumType.Name));

    // Code compiled against an earlier KzDataset.Runtime, where the enums were defined, finds them in KzDataset.Format.
    [Fact]
    public void The_runtime_forwards_exactly_the_emitted_vocabularies_to_their_one_definition()
    {
        var forwarded = RuntimeAssembly.GetForwardedTypes().Where(t => t.IsEnum).Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal);
        var emitted = Vocabulary.All.Select(v => v.EnumType).Where(t => !SidecarOnly.Contains(t)).Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(emitted, forwarded);
        Assert.All(Vocabulary.All.Where(v => !SidecarOnly.Contains(v.EnumType)), v => Assert.Equal("KzDataset.Format", v.EnumType.Assembly.GetName().Name));
    }

    [Theory]
    [MemberData(nameof(Emitted))]
    public void The_runtime_enum_is_the_vocabulary_enum(string enumType)
    {
        var vocabulary = Vocabulary.All.Single(v => v.EnumType.Name == enumType);

        Assert.Same(vocabulary.EnumType, RuntimeAssembly.GetType("KzDataset." + enumType, throwOnError: true));
    }

    // Every member but a flags enum's None has a word, and the word is the member's name in kebab case,
    // the rule the runtime printed words by before the table (exports and kz output keep their words).
    [Theory]
    [MemberData(nameof(Every))]
    public void Every_member_has_its_kebab_case_name_as_its_word(string enumType)
    {
        var vocabulary = Vocabulary.All.Single(v => v.EnumType.Name == enumType);
        var flags = vocabulary.EnumType.IsDefined(typeof(FlagsAttribute), inherit: false);
        var members = Enum.GetNames(vocabulary.EnumType).Where(n => !(flags && n == "None"));

        Assert.Equal(members.Select(JsonNamingPolicy.KebabCaseLower.ConvertName), vocabulary.Values);
    }

    // Article records store a value as its code; the runtime reads a code back as the enum's code-th
    // value (flags: bit i), so codes, values and declaration order must agree.
    [Theory]
    [MemberData(nameof(Every))]
    public void Each_code_is_the_enum_value_of_its_word(string enumType)
    {
        var vocabulary = Vocabulary.All.Single(v => v.EnumType.Name == enumType);
        var flags = vocabulary.EnumType.IsDefined(typeof(FlagsAttribute), inherit: false);
        for (var code = 0; code < vocabulary.Values.Count; code++)
        {
            var value = Convert.ToInt32(Enum.Parse(vocabulary.EnumType, Identifiers.ToPascalCase(vocabulary.Values[code])), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(flags ? 1 << code : code, value);
        }
    }

    // kz, the exports and the notebooks print and read words through the runtime's VocabularyWords.
    [Theory]
    [MemberData(nameof(Emitted))]
    public void The_runtime_reads_and_prints_the_same_words(string enumType)
    {
        var vocabulary = Vocabulary.All.Single(v => v.EnumType.Name == enumType);
        var words = RuntimeAssembly.GetType("KzDataset.VocabularyWords", throwOnError: true)!;
        var tryParse = words.GetMethod("TryParse")!.MakeGenericMethod(vocabulary.EnumType);
        var of = words.GetMethod("Of")!.MakeGenericMethod(vocabulary.EnumType);
        foreach (var word in vocabulary.Values)
        {
            var arguments = new object?[] { word, null };
            Assert.True((bool)tryParse.Invoke(null, arguments)!, word);
            Assert.Equal(word, of.Invoke(null, new[] { arguments[1] }));
        }
    }

    [Fact]
    public void A_word_parses_exactly_and_an_unknown_one_gets_a_suggestion()
    {
        Assert.True(Vocabulary.QuoteKind.TryParse("interview-answer", out var kind));
        Assert.Equal(QuoteKind.InterviewAnswer, kind);
        Assert.False(Vocabulary.QuoteKind.TryParse("Interview-Answer", out _));
        Assert.False(Vocabulary.QuoteKind.TryParse("InterviewAnswer", out _));
        Assert.Equal("; did you mean 'indirect'? Valid values: direct, indirect, interview-answer, panel-answer, slogan", Vocabulary.QuoteKind.Hint("indirekt"));
        Assert.Equal("at-least", Vocabulary.FigureQualifier.Word(FigureQualifier.AtLeast));
    }

    // In order: a schema's enum lists the words by code.
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

    // Field by field, so that two lists swapped between fields would fail too.
    public static TheoryData<string, string, string> SchemaFields => new()
    {
        { "article", "published.precision", nameof(DatePrecision) },
        { "article", "language.processing", nameof(TextProcessing) },
        { "article", "format", nameof(ArticleFormat) },
        { "article", "exclude.reason", nameof(ExclusionReason) },
        { "article", "turns.role", nameof(TurnRole) },
        { "article", "quotes.kind", nameof(QuoteKind) },
        { "article", "quotes.marks", nameof(QuoteMarks) },
        { "article", "figures.qualifier", nameof(FigureQualifier) },
        { "article", "corrections.kind", nameof(CorrectionKind) },
        { "article", "terms.kind", nameof(TermKind) },
        { "article", "ignore.reason", nameof(IgnoreReason) },
        { "people", "people.kind", nameof(PersonKind) },
    };

    [Theory]
    [MemberData(nameof(SchemaFields))]
    public void A_schema_field_lists_the_words_of_its_vocabulary_in_code_order(string schema, string field, string enumType)
    {
        var node = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "schema", schema + ".schema.json")))!;
        foreach (var name in field.Split('.'))
        {
            node = node["properties"]![name]!;
            if (node["items"] is { } items) node = items;
        }
        var words = node["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.Equal(Vocabulary.All.Single(v => v.EnumType.Name == enumType).Values, words);
    }

    [Fact]
    public void Every_vocabulary_is_checked_against_a_schema_field()
        => Assert.Equal(Vocabulary.All.Select(v => v.EnumType.Name).OrderBy(n => n, StringComparer.Ordinal),
            SchemaFields.Select(row => (string)row.Data.Item3).OrderBy(n => n, StringComparer.Ordinal));

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
