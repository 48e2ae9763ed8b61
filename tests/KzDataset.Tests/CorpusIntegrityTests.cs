using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// The real corpus: texts are the seeds byte for byte, every span is the text it claims to be,
/// and the body and the excluded spans account for the whole text.
/// </summary>
public sealed class CorpusIntegrityTests
{
    public static TheoryData<string> ArticleIds => new(Articles.All.Select(a => a.Id));

    [Fact]
    public void Every_seed_text_is_an_article()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(seeds, Articles.All.Select(a => a.SeedFile).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Raw_text_is_the_seed_file_and_its_hash_is_recorded(string id)
    {
        var article = Articles.ById(id)!;
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, article.SeedFile));

        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), article.Sha256);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), article.RawText);
        Assert.Equal(article.RawText.Length, article.Length);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    // That each span's text is what its sidecar quotes is checked against the sidecars themselves
    // in SidecarOracleTests (Text is computed from Span, so comparing the two proves nothing).
    public void Every_span_is_inside_the_text_and_not_blank(string id)
    {
        var article = Articles.ById(id)!;
        var spans = new List<(string What, TextSpan Span, string Text)>();
        spans.AddRange(article.Quotes.Select(q => ("quote " + q.Id, q.Span, q.Text)));
        spans.AddRange(article.Figures.Select(f => ("figure " + f.Id, f.Span, f.Text)));
        spans.AddRange(article.Corrections.Select(c => ("correction " + c.Id, c.Span, c.Text)));
        spans.AddRange(article.Turns.Select(t => ("turn " + t.Id, t.Span, t.Text)));
        spans.AddRange(article.Terms.Select(t => ("term", t.Span, t.Text)));
        spans.AddRange(article.Excluded.Select(e => ("exclusion", e.Span, e.Text)));
        if (article.TitleSpan is { } title) spans.Add(("title", title, article.Title!));

        Assert.NotEmpty(spans);
        foreach (var (what, span, text) in spans)
        {
            Assert.True(span.Start >= 0 && span.Start < span.End && span.End <= article.Length, $"{what}: {span}");
            Assert.False(string.IsNullOrWhiteSpace(text), what);
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Body_and_excluded_spans_partition_the_text(string id)
    {
        var article = Articles.ById(id)!;
        var owner = new string?[article.Length];
        foreach (var excluded in article.Excluded)
        {
            for (var i = excluded.Span.Start; i < excluded.Span.End; i++)
            {
                Assert.Null(owner[i]);
                owner[i] = "excluded";
            }
        }
        foreach (var segment in article.Paragraphs.SelectMany(p => p.Segments))
        {
            for (var i = segment.Start; i < segment.End; i++)
            {
                Assert.True(owner[i] is null, $"offset {i} is both body and {owner[i]}");
                owner[i] = "body";
            }
        }
        for (var i = 0; i < article.Length; i++)
        {
            Assert.True(owner[i] is not null || char.IsWhiteSpace(article.RawText[i]),
                $"'{article.RawText[i]}' at offset {i} (line {article.RawText[..i].Count(c => c == '\n') + 1}) is neither body nor excluded");
        }
        Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Body);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Annotations_lie_in_the_body(string id)
    {
        var article = Articles.ById(id)!;
        var inBody = new bool[article.Length];
        foreach (var segment in article.Paragraphs.SelectMany(p => p.Segments))
        {
            for (var i = segment.Start; i < segment.End; i++) inBody[i] = true;
        }
        var annotated = article.Quotes.Select(q => q.Span).Concat(article.Figures.Select(f => f.Span)).Concat(article.Turns.Select(t => t.Span));
        foreach (var span in annotated)
        {
            Assert.True(Enumerable.Range(span.Start, span.Length).All(i => inBody[i] || char.IsWhiteSpace(article.RawText[i])), span.ToString());
        }
    }
}
