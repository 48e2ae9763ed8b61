using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using DuckDB.NET.Data;
using KzDataset.Testing;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The bundled corpus exported once in each format, shared by the tests that read it back.</summary>
public sealed class BundledExports : IDisposable
{
    public BundledExports()
    {
        foreach (var format in new[] { "csv", "parquet", "duckdb", "jsonl" })
        {
            var (exit, _, error) = CliRunner.Run("export", "--format", format, "--out", Folder(format));
            if (exit != 0) throw new InvalidOperationException(error);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kz-exports-" + Guid.NewGuid().ToString("N"));

    public string Folder(string format) => Path.Combine(Root, format);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

/// <summary>
/// kz export's flat formats on the bundled corpus: every table read back with the format's own library
/// (Sep, Parquet.Net, DuckDB.NET) holds exactly the rows the typed API gives; DuckDB over the Parquet and
/// JSON Lines files computes what LINQ computes; the data package describes every file truthfully.
/// </summary>
public sealed class ExportFormatTests : IClassFixture<BundledExports>
{
    private readonly BundledExports _exports;

    public ExportFormatTests(BundledExports exports) => _exports = exports;

    private static readonly Dictionary<string, ExportExpectations.Table> Expected = ExportExpectations.Of(KzCorpus.Instance);

    [Fact]
    public void Csv_tables_hold_every_row_of_the_typed_api()
    {
        using var package = Package("csv");
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), resources.Select(r => r.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var rows = ExportReaders.Csv(Path.Combine(_exports.Folder("csv"), resource.GetProperty("path").GetString()!), resource.GetProperty("schema"));
            ExportExpectations.Matches(name, Expected[name], rows);
        }
    }

    [Fact]
    public void Parquet_tables_hold_every_row_with_real_column_types()
    {
        foreach (var (name, expected) in Expected)
        {
            ExportExpectations.Matches(name, expected, ExportReaders.Parquet(Path.Combine(_exports.Folder("parquet"), name + ".parquet")));
        }

        var figures = Schema("figures");
        Assert.Equal(38, ((DecimalDataField)figures.Single(f => f.Name == "value")).Precision);
        Assert.True(figures.Single(f => f.Name == "value").IsNullable);
        Assert.Equal(typeof(int), figures.Single(f => f.Name == "start").ClrType);
        var articles = Schema("articles");
        Assert.Equal(typeof(DateOnly), articles.Single(f => f.Name == "published_date").ClrType);
        Assert.True(articles.Single(f => f.Name == "published_date").IsNullable);
        Assert.False(articles.Single(f => f.Name == "published_earliest").IsNullable);
        Assert.Equal(typeof(bool), articles.Single(f => f.Name == "outlet_inferred").ClrType);
        Assert.Equal(typeof(int), articles.Single(f => f.Name == "published_year").ClrType);
        // The date at its own precision stays text (Parquet.Net reads strings as character memory).
        Assert.Contains(articles.Single(f => f.Name == "published").ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
    }

    [Fact]
    public void Duckdb_file_holds_every_row_and_its_views_join_like_linq()
    {
        using var connection = Open(Path.Combine(_exports.Folder("duckdb"), "kz.duckdb"), readOnly: false);
        foreach (var (name, expected) in Expected)
        {
            ExportExpectations.Matches(name, expected, ExportReaders.Query(connection, $"SELECT * FROM {name}"));
        }

        Assert.Equal(QuotesPerExpertAndOutlet(), ExportReaders.Query(connection, """
            SELECT speaker_name, outlet_name, count(*) AS n FROM quotes_with_speakers
            WHERE speaker_kind = 'expert' GROUP BY ALL ORDER BY ALL
            """).Select(Triple).ToList());
        Assert.Equal(Figures.All.Count, ExportReaders.Scalar(connection, "SELECT count(*) FROM figures_with_measures"));
        Assert.Equal(Figures.ByMeasure(Measures.TroopsDeployed).Count,
            ExportReaders.Scalar(connection, "SELECT count(*) FROM figures_with_measures WHERE measure_name = '" + Measures.TroopsDeployed.Name.Replace("'", "''") + "'"));
        Assert.Equal(Experts.All.Count, ExportReaders.Scalar(connection, "SELECT count(*) FROM experts"));
        // The keys are declared: a quote pointing at no article is refused by the database itself.
        var insert = Assert.ThrowsAny<DuckDBException>(() => ExportReaders.Query(connection,
            "INSERT INTO quotes VALUES ('x/y', 'no-such-article', 'erica-marat', 'direct', 't', 0, 1, NULL, NULL, NULL)"));
        Assert.Contains("foreign key", insert.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Duckdb_reads_the_parquet_export_and_joins_like_linq()
    {
        using var connection = Open(":memory:", readOnly: false);
        var folder = _exports.Folder("parquet").Replace("'", "''");
        foreach (var (name, expected) in Expected)
        {
            Assert.Equal(expected.Rows.Count, ExportReaders.Scalar(connection, $"SELECT count(*) FROM read_parquet('{folder}/{name}.parquet')"));
        }
        Assert.Equal(QuotesPerExpertAndOutlet(), ExportReaders.Query(connection, $"""
            SELECT p.name AS speaker, o.name AS outlet, count(*) AS n
            FROM read_parquet('{folder}/quotes.parquet') q
            JOIN read_parquet('{folder}/people.parquet') p ON p.id = q.speaker_id
            JOIN read_parquet('{folder}/articles.parquet') a ON a.id = q.article_id
            JOIN read_parquet('{folder}/outlets.parquet') o ON o.id = a.outlet_id
            WHERE p.kind = 'expert' GROUP BY ALL ORDER BY ALL
            """).Select(Triple).ToList());
        // Real types: sums of decimals and date arithmetic work without casts.
        Assert.Equal(Figures.All.Where(f => f.Value is not null).Sum(f => f.Value!.Value),
            Convert.ToDecimal(ExportReaders.Query(connection, $"SELECT sum(value) AS s FROM read_parquet('{folder}/figures.parquet')")[0]["s"]));
        Assert.Equal(Articles.All.Count(a => a.Published.Precision == DatePrecision.Day),
            ExportReaders.Scalar(connection, $"SELECT count(*) FROM read_parquet('{folder}/articles.parquet') WHERE published_date >= DATE '2000-01-01'"));
    }

    [Fact]
    public void Duckdb_reads_the_json_lines_export_and_joins_like_linq()
    {
        using var connection = Open(":memory:", readOnly: false);
        var folder = _exports.Folder("jsonl").Replace("'", "''");
        Assert.Equal(Quotes.All.Count, ExportReaders.Scalar(connection, $"SELECT count(*) FROM read_json('{folder}/quotes.jsonl')"));
        Assert.Equal(Figures.All.Count, ExportReaders.Scalar(connection, $"SELECT count(*) FROM read_json('{folder}/figures.jsonl')"));
        Assert.Equal(People.All.Count, ExportReaders.Scalar(connection, $"SELECT count(*) FROM read_json('{folder}/experts.jsonl')"));
        Assert.Equal(QuotesPerExpertAndOutlet(), ExportReaders.Query(connection, $"""
            SELECT p.name, a.outletName, count(*) AS n
            FROM read_json('{folder}/quotes.jsonl') q
            JOIN read_json('{folder}/experts.jsonl') p ON p.id = q.speakerId
            JOIN read_json('{folder}/articles.jsonl') a ON a.id = q.articleId
            WHERE p.kind = 'expert' GROUP BY ALL ORDER BY ALL
            """).Select(Triple).ToList());

        // Every line, read as JSON: ids, texts and offsets are those of the typed API.
        var lines = File.ReadAllLines(Path.Combine(_exports.Folder("jsonl"), "quotes.jsonl"));
        Assert.Equal(Quotes.All.Select(q => (q.Id, q.Text, q.Span.Start, q.Span.End)), lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var q = json.RootElement;
            return (q.GetProperty("id").GetString()!, q.GetProperty("text").GetString()!, q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32());
        }));
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("parquet", "application/vnd.apache.parquet")]
    public void Data_package_describes_every_file_with_its_hash_size_rows_and_keys(string format, string mediaType)
    {
        var folder = _exports.Folder(format);
        using var package = Package(format);
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Matches("^[a-z0-9._-]+$", root.GetProperty("name").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        var names = resources.Select(r => r.GetProperty("name").GetString()!).ToHashSet();
        // Every file of the folder but the descriptor is a resource, and every resource a file.
        Assert.Equal(Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => f != "datapackage.json").Order(StringComparer.Ordinal),
            resources.Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var bytes = File.ReadAllBytes(Path.Combine(folder, resource.GetProperty("path").GetString()!));
            Assert.Equal("tabular-data-resource", resource.GetProperty("profile").GetString());
            Assert.Equal(name + "." + format, resource.GetProperty("path").GetString());
            Assert.Equal(format, resource.GetProperty("format").GetString());
            Assert.Equal(mediaType, resource.GetProperty("mediatype").GetString());
            Assert.Equal("utf-8", resource.GetProperty("encoding").GetString());
            Assert.Equal(bytes.LongLength, resource.GetProperty("bytes").GetInt64());
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), resource.GetProperty("hash").GetString());
            Assert.Equal(Expected[name].Rows.Count, resource.GetProperty("rows").GetInt32());

            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
            Assert.Equal(Expected[name].Rows.FirstOrDefault()?.Keys.Order(StringComparer.Ordinal) ?? fields.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
            Assert.All(schema.GetProperty("fields").EnumerateArray(), f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "boolean", "date", "number" }));
            Assert.Equal(Expected[name].Key, schema.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!));
            foreach (var key in schema.GetProperty("foreignKeys").EnumerateArray())
            {
                Assert.All(key.GetProperty("fields").EnumerateArray(), f => Assert.Contains(f.GetString()!, fields));
                Assert.Contains(key.GetProperty("reference").GetProperty("resource").GetString()!, names);
            }
        }
        // Spot checks of the keys: a quote refers to its article, its speaker and its turn.
        var quoteKeys = resources.Single(r => r.GetProperty("name").GetString() == "quotes").GetProperty("schema").GetProperty("foreignKeys")
            .EnumerateArray().Select(k => (k.GetProperty("fields")[0].GetString()!, k.GetProperty("reference").GetProperty("resource").GetString()!)).ToList();
        Assert.Equal(new[] { ("article_id", "articles"), ("speaker_id", "people"), ("turn_id", "turns") }, quoteKeys);
    }

    [Fact]
    public void The_readme_sql_query_runs_on_the_parquet_export_and_agrees_with_linq()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## SQL over the exports", StringComparison.Ordinal)..];
        var start = section.IndexOf("```sql\n", StringComparison.Ordinal) + "```sql\n".Length;
        var sql = section[start..section.IndexOf("```", start, StringComparison.Ordinal)]
            .Replace("'kz-parquet/", "'" + _exports.Folder("parquet").Replace("'", "''") + "/", StringComparison.Ordinal);
        using var connection = Open(":memory:", readOnly: false);

        var rows = ExportReaders.Query(connection, sql).Select(Triple).ToList();

        var expected = QuotesPerExpertAndOutlet()
            .OrderByDescending(t => t.Item3).ThenBy(t => t.Item1, StringComparer.Ordinal).ThenBy(t => t.Item2, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Piped_output_is_only_the_list_of_files_written()
    {
        var folder = Path.Combine(_exports.Root, "piped");
        var (exit, output, error) = CliRunner.Run("export", "--format", "parquet", "--out", folder);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Expected.Count + 1, lines.Length);
        Assert.All(lines, line => Assert.True(File.Exists(line), line));
        Assert.Equal(Path.Combine(folder, "datapackage.json"), lines[^1]);
    }

    private JsonDocument Package(string format) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_exports.Folder(format), "datapackage.json")));

    private IReadOnlyList<DataField> Schema(string table)
    {
        var reader = ParquetReader.CreateAsync(Path.Combine(_exports.Folder("parquet"), table + ".parquet"), new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        try
        {
            return reader.Schema.GetDataFields();
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static DuckDBConnection Open(string path, bool readOnly)
    {
        var connection = new DuckDBConnection("Data Source=" + path + (readOnly ? ";ACCESS_MODE=READ_ONLY" : ""));
        connection.Open();
        return connection;
    }

    private static List<(string, string, long)> QuotesPerExpertAndOutlet() => Quotes.All
        .Where(q => q.Speaker is Expert)
        .GroupBy(q => (q.Speaker.Name, q.Article.Outlet.Name))
        .Select(g => (g.Key.Item1, g.Key.Item2, (long)g.Count()))
        .OrderBy(t => t.Item1, StringComparer.Ordinal).ThenBy(t => t.Item2, StringComparer.Ordinal)
        .ToList();

    private static (string, string, long) Triple(Dictionary<string, object?> row)
    {
        var values = row.Values.ToArray();
        return ((string)values[0]!, (string)values[1]!, Convert.ToInt64(values[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
