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
