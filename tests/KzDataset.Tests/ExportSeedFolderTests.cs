using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// kz --seeds DIR export on a user's folder whose texts and annotations hold commas, quotes, line breaks and
/// markup: every format gives back exactly what the corpus holds.
/// </summary>
public sealed class ExportSeedFolderTests : IDisposable
{
    private const string HostileQuote = "The bridge is open, <script>alert(\\\"x\\\")</script> and\\nsafe; \\\"really\\\"";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-export-seeds-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string Seeds => Path.Combine(_folder, "seeds");

    /// <summary>The starter corpus of kz init, with hostile text in the article, the annotations and the registry.</summary>
    private string HostileSeeds()
    {
        Assert.Equal(0, CliRunner.Run("init", Seeds).ExitCode);
        var textPath = Path.Combine(Seeds, "001_example.txt");
        var sidecarPath = Path.Combine(Seeds, "001_example.json");
        var peoplePath = Path.Combine(Seeds, "registry", "people.json");
        var oldText = File.ReadAllText(textPath);
        var text = oldText.Replace("RIVERTOWN – \"The bridge is open,\"",
            "RIVERTOWN – \"The bridge is open, <script>alert(\"x\")</script> and\nsafe; \"really\",\"", StringComparison.Ordinal);
        Assert.NotEqual(oldText, text);
        File.WriteAllText(textPath, text, new UTF8Encoding(false));

        var sidecar = File.ReadAllText(sidecarPath)
            .Replace(Sha(oldText), Sha(text), StringComparison.Ordinal)
            .Replace("\"exact\": \"The bridge is open\", \"occurrence\": 2", $"\"exact\": \"{HostileQuote}\", \"note\": \"a, \\\"b\\\"\\r\\nc <b>d</b>\"", StringComparison.Ordinal)
            .Replace("workers who built the bridge", "workers, \\\"all\\\" of them\\nwho built <i>the</i> bridge", StringComparison.Ordinal);
        File.WriteAllText(sidecarPath, sidecar, new UTF8Encoding(false));
        File.WriteAllText(peoplePath, File.ReadAllText(peoplePath).Replace("\"role\": \"town engineer\"", "\"role\": \"engineer, \\\"chief\\\"\\n<script>\"", StringComparison.Ordinal));

        var check = CliRunner.Run("check", Seeds);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        return Seeds;
    }

    [Fact]
    public void Every_format_round_trips_hostile_text_from_a_seeds_folder()
    {
        var seeds = HostileSeeds();
        var corpus = Cli.Seeds.SeedFolder.Open(seeds).Load();
        var expected = ExportExpectations.Of(corpus);
        // The hostile values are really there, so the round trips below test them.
        var quote = Assert.Single(corpus.Quotes, q => q.Text.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains('\n', quote.Text);
        Assert.Contains('"', quote.Text);
        Assert.Contains(',', quote.Text);
        Assert.Contains("\r\n", quote.Note);

        foreach (var format in new[] { "csv", "parquet", "duckdb", "jsonl" })
        {
            var (exit, _, error) = CliRunner.Run("--seeds", seeds, "export", "--format", format, "--out", Path.Combine(_folder, format));
            Assert.True(exit == 0, error);
        }

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, "csv", "datapackage.json")));
        Assert.Equal("seeds", package.RootElement.GetProperty("name").GetString());
        foreach (var resource in package.RootElement.GetProperty("resources").EnumerateArray())
        {
            var name = resource.GetProperty("name").GetString()!;
            ExportExpectations.Matches(name, expected[name], ExportReaders.Csv(Path.Combine(_folder, "csv", name + ".csv"), resource.GetProperty("schema")));
            ExportExpectations.Matches(name, expected[name], ExportReaders.Parquet(Path.Combine(_folder, "parquet", name + ".parquet")));
        }

        using var connection = new DuckDBConnection("Data Source=" + Path.Combine(_folder, "duckdb", "kz.duckdb"));
        connection.Open();
        foreach (var (name, table) in expected) ExportExpectations.Matches(name, table, ExportReaders.Query(connection, $"SELECT * FROM {name}"));
        var joined = ExportReaders.Query(connection, "SELECT text, speaker_name, speaker_role, outlet_name FROM quotes_with_speakers WHERE text LIKE '%<script>%'");
        Assert.Equal(quote.Text, Assert.Single(joined)["text"]);
        Assert.Equal(quote.Speaker.Role, joined[0]["speaker_role"]);

        var lines = File.ReadAllLines(Path.Combine(_folder, "jsonl", "quotes.jsonl"));
        Assert.Equal(corpus.Quotes.Select(q => q.Text), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()));
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
