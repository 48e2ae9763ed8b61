
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using KzDataset.Core.Steps;
using KzDataset.Core.Parsing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// Nothing lost or altered, for texts of every shape: a text with a byte-order mark, lone CRs,
/// CRLFs, astral characters, NUL and other controls goes through the build's checks and the
/// runtime's reader (the same path as a compiled corpus, from files) and comes back as exactly the
/// file's decoded content, with body and excluded spans partitioning it.
/// </summary>
public sealed class RawTextPropertyTests
{
    private const string Marker = "ADVERTISEMENT-BLOCK";

    // Pieces rather than single characters, so line ends, surrogate pairs and paragraphs form.
    private static readonly Gen<string> GenPiece = Gen.OneOfConst(
        "word", "Tokayev", "é", "😀", "\u0000", "\u0007", "\u200B", "\u2028", " ", "  ", "\t", "\r", "\n", "\r\n", "\n\n", "\r\n\r\n", "\r\r");

    private static readonly Gen<(bool Bom, string Text)> GenText = Gen.Select(Gen.Bool, GenPiece.Array[0, 60], GenPiece.Array[0, 60],
        (bom, before, after) => (bom, "Headline\n\n" + string.Concat(before) + "\n\n" + Marker + "\n\n" + string.Concat(after)));

    [Fact]
    public void Raw_text_is_the_files_content_and_body_and_exclusions_partition_it()
    {
        GenText.Sample(c =>
        {
            var bytes = (c.Bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(c.Text)).ToArray();
            var article = Load(bytes, c.Text);
            Assert.Equal(c.Text, article.RawText);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), article.Sha256);
            AssertPartition(article);
        }, iter: 300);
    }

    // The checks (as kz check runs them) and the runtime reader (as kz --seeds reads a folder) over one article.
    private static Article Load(byte[] bytes, string text)
    {
        var sidecar = $$"""
            {
              "id": "generated",
              "sha256": "{{Convert.ToHexStringLower(SHA256.HashData(bytes))}}",
              "title": { "exact": "Headline" },
              "outlet": { "id": "example-news", "inferred": true, "note": "A generated text." },
              "published": { "date": "2022-01-07", "inferred": true, "note": "A generated date." },
              "language": { "original": "en", "processing": [] },
              "format": "news",
              "exclude": [ { "exact": "{{Marker}}", "reason": "advertisement" } ]
            }
            """;
        var registries = new Dictionary<string, string>
        {
            ["people.json"] = """{ "people": [] }""",
            ["outlets.json"] = """{ "outlets": [ { "id": "example-news", "name": "Example News" } ] }""",
            ["measures.json"] = """{ "measures": [] }""",
            ["units.json"] = """{ "units": [] }""",
        };
        var files = new List<SeedCheckFile>
        {
            new("/seeds/001_generated.txt", SeedKind.Text, text),
            new("/seeds/001_generated.json", SeedKind.Sidecar, sidecar),
        };
        files.AddRange(registries.Select(r => new SeedCheckFile("/seeds/registry/" + r.Key, SeedKind.Registry, r.Value)));
        var result = SeedCheck.Run(files);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Id + " " + d.Message)));

        var store = new MemoryStore(new Dictionary<string, byte[]>
        {
            [SeedResources.SeedPrefix + "001_generated.txt"] = bytes,
            [SeedResources.SeedPrefix + "001_generated.json"] = Encoding.UTF8.GetBytes(sidecar),
        }.Concat(registries.Select(r => new KeyValuePair<string, byte[]>(SeedResources.RegistryPrefix + r.Key, Encoding.UTF8.GetBytes(r.Value))))
            .ToDictionary(p => p.Key, p => p.Value));
        return Corpus.FromData(result.Header(), result.Buckets(), store).Article("generated");
    }

    private static void AssertPartition(Article article)
    {
        var owner = new int[article.Length];
        foreach (var span in article.Excluded.Select(e => e.Span).Concat(article.Paragraphs.SelectMany(p => p.Segments)))
        {
            for (var i = span.Start; i < span.End; i++) Assert.Equal(0, owner[i]++);
        }
        // What neither owns is only the white space between paragraphs and around exclusions.
        for (var i = 0; i < article.Length; i++) Assert.True(owner[i] == 1 || char.IsWhiteSpace(article.RawText[i]), $"offset {i}");
        Assert.Equal(Marker, Assert.Single(article.Excluded).Span.Text);
    }

    private sealed class MemoryStore(IReadOnlyDictionary<string, byte[]> files) : ISeedStore
    {
        public IEnumerable<string> Names => files.Keys;

        public string Description => "memory";

        public ReadOnlyMemory<byte>? Read(string name) => files.TryGetValue(name, out var bytes) ? bytes : null;
    }
}
