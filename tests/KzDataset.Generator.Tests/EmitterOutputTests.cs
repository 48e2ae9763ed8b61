using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The emitters on the fixture corpus, called directly (see <see cref="DirectEmit"/>): the same
/// snapshots as the generator's output, plus the project settings the emitters honour.
/// </summary>
public sealed class EmitterOutputTests
{
    [Fact]
    public void Registry_catalogs_match_the_snapshot()
        => Snapshot.Verify("Registry", DirectEmit.Sources(Fixtures.Corpus)["KzDataset.Registry.g.cs"]);

    [Fact]
    public void Corpus_class_and_catalogs_match_the_snapshot()
        => Snapshot.Verify("Corpus", DirectEmit.Sources(Fixtures.Corpus)["KzDataset.Corpus.g.cs"]);

    [Fact]
    public void Article_buckets_and_their_records_match_the_snapshot()
        => Snapshot.Verify("Articles", RecordDump.Articles(DirectEmit.Sources(Fixtures.Corpus)));

    /// <summary>
    /// Two more articles: <c>last-note</c> shares tiny-article's bucket and has a quote but no figure;
    /// <c>old-piece</c> has a bucket alone, no headline, no quote or figure, and a date to the year.
    /// </summary>
    private static SeedSet MoreArticles => Fixtures.Corpus
        .With("003_last.txt", "Last note\n\nAnn Example said that peace is near.\n")
        .With("003_last.json", """
            {
              "id": "last-note", "sha256": "{{sha256:003_last.txt}}", "title": { "exact": "Last note" },
              "outlet": { "id": "example-news", "inferred": true, "note": "Assumed for the test." },
              "published": { "date": "2022-01-08", "inferred": true, "note": "Assumed for the test." },
              "language": { "original": "en" }, "format": "news",
              "quotes": [ { "id": "near", "speaker": "ann-example", "kind": "indirect", "exact": "peace is near" } ]
            }
            """)
        .With("004_old.txt", "Ann Example wrote this long ago.\n")
        .With("004_old.json", """
            {
              "id": "old-piece", "sha256": "{{sha256:004_old.txt}}", "title": null, "titleNote": "The text has no headline.",
              "outlet": { "id": "example-news", "inferred": true, "note": "Assumed for the test." },
              "published": { "date": "0999", "inferred": false },
              "language": { "original": "en" }, "format": "analysis"
            }
            """);

    [Fact]
    public void Articles_sharing_a_bucket_and_articles_without_items_match_the_snapshot()
    {
        var seeds = MoreArticles;
        Assert.Empty(SeedChecks.Run(seeds).Diagnostics);

        // Only the two buckets the new articles are in (the second piece's is in the main snapshot).
        var sources = DirectEmit.Sources(seeds);
        Assert.Equal(new[] { 8, 9, 10 }, sources.Keys.Where(k => k.StartsWith("KzDataset.Articles.", System.StringComparison.Ordinal))
            .Select(k => int.Parse(k.Substring("KzDataset.Articles.B".Length, 2), System.Globalization.CultureInfo.InvariantCulture)));
        Snapshot.Verify("ArticlesMore", RecordDump.Articles(sources.Where(s => s.Key.Contains(".B08.", System.StringComparison.Ordinal) || s.Key.Contains(".B09.", System.StringComparison.Ordinal))));
    }

    /// <summary>A quote annotated inside an answer turn links to the turn; only the answer derived from the turn is flagged as the turn's own.</summary>
    [Fact]
    public void A_quote_inside_an_answer_links_to_its_turn_without_the_turn_flag()
    {
        var seeds = Fixtures.Corpus.Edit(Fixtures.InterviewSidecar, "\"figures\": [",
            "\"quotes\": [ { \"id\": \"peace-over\", \"speaker\": \"ann-example\", \"kind\": \"interview-answer\", \"exact\": \"peace are over\" } ],\n  \"figures\": [");
        Assert.Empty(SeedChecks.Run(seeds).Diagnostics);

        var dump = RecordDump.Articles(DirectEmit.Sources(seeds).Where(s => s.Key.Contains(".B10.", System.StringComparison.Ordinal)));

        Assert.Contains("//   quotes [1] 62..93 #2 ref 0 link 1073741825 [0] 78..92 #2 ref 0 link 1\n", dump, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_uses_the_projects_namespace()
    {
        var sources = DirectEmit.Sources(Fixtures.Corpus, ns: "Acme.News");

        Assert.All(sources.Values, s => Assert.Contains("namespace Acme.News", s, System.StringComparison.Ordinal));
        Assert.All(sources.Values, s => Assert.DoesNotContain("namespace KzDataset", s, System.StringComparison.Ordinal));
        Assert.Contains("global::Acme.News.KzCorpus.Instance", sources["KzDataset.Registry.g.cs"], System.StringComparison.Ordinal);
        Assert.Contains("typeof(global::Acme.News.KzCorpus).Assembly", sources["KzDataset.Corpus.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_item_members_articles_keep_their_member_and_items_get_none()
    {
        var with = DirectEmit.Sources(Fixtures.Corpus, itemMembers: true);
        var without = DirectEmit.Sources(Fixtures.Corpus, itemMembers: false);

        Assert.Equal(with.Keys, without.Keys);
        Assert.Equal(with["KzDataset.Registry.g.cs"], without["KzDataset.Registry.g.cs"]);
        var articles = string.Concat(without.Where(s => s.Key.StartsWith("KzDataset.Articles.", System.StringComparison.Ordinal)).Select(s => s.Value));
        Assert.Contains("public static global::KzDataset.Article TinyArticle", articles, System.StringComparison.Ordinal);
        Assert.DoesNotContain("PeaceTitle", articles, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ThirtyYears", articles, System.StringComparison.Ordinal);
    }
}
