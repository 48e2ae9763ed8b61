using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The sidecars and registries validate against the JSON Schemas editors use.</summary>
public sealed class SchemaTests
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TheoryData<string> Sidecars => new(Directory.GetFiles(RepositoryPaths.Seeds, "*.json").Select(Path.GetFileName)!);

    public static TheoryData<string> Registries => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Seeds, "registry"), "*.json").Select(Path.GetFileName)!);

    internal static EvaluationResults Evaluate(string schemaFile, string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "schema", schemaFile)));
        using var document = JsonDocument.Parse(json, Lenient);
        return schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    internal static string Describe(EvaluationResults results)
        => string.Join("\n", (results.Details ?? new List<EvaluationResults> { results }).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [MemberData(nameof(Sidecars))]
    public void Sidecar_is_valid(string file)
    {
        var results = Evaluate("article.schema.json", File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, file)));
        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Registry_is_valid(string file)
    {
        var schema = Path.GetFileNameWithoutExtension(file) + ".schema.json";
        var results = Evaluate(schema, File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "registry", file)));
        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void The_schema_rejects_what_the_generator_rejects()
    {
        var sidecar = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "002_0ce620ee8e70cfa9.json"));

        Assert.False(Evaluate("article.schema.json", sidecar.Replace("\"format\": \"news\"", "\"format\": \"newz\"")).IsValid);
        Assert.False(Evaluate("article.schema.json", sidecar.Replace("\"format\": \"news\"", "\"format\": \"news\", \"titel\": 1")).IsValid);
        Assert.False(Evaluate("article.schema.json", sidecar.Replace("\"format\": \"news\",", string.Empty)).IsValid);
    }
}
