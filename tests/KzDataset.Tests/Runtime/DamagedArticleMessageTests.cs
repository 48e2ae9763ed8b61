using System;
using System.IO;
using System.Linq;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Tests.Runtime;

/// <summary>
/// Where a damaged article is reported: the message names the article and the field, from the
/// article itself and from every corpus-wide list, which rethrows the first damaged article's
/// exception (in id order), never an <see cref="AggregateException"/>, also when the articles are
/// read in parallel (64 or more).
/// </summary>
public sealed class DamagedArticleMessageTests
{
    public static TheoryData<string, string> Fields => new()
    {
        { "outlet", "outlet is 1000, past the" },
        { "speaker", "quotes[0].speaker is 100000, past the" },
        { "paragraph", "paragraphs[0] is 0, segments" },
        { "unit", "figures[0].unit is 100000, past the" },
        { "month", "published.month is 13" },
        { "span", "title is 0, a span [0..100000)" },
        { "code", "format is 4, not a ArticleFormat code" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_bad_position_names_the_article_and_the_field(string field, string expected)
    {
        var articles = BundledCorpusData.Instance.Articles.ToList();
        var target = articles.FindIndex(a => a.Id == "nyt-tokayev-embraces-russia");
        var record = ArticleRecord.Read(articles[target].Record, 0);
        switch (field)
        {
            case "outlet": record.Outlet = 1_000; break;
            case "speaker": record.Quotes[0] = new RecordItem(record.Quotes[0].Source, record.Quotes[0].Range, record.Quotes[0].Code, 100_000, record.Quotes[0].Link); break;
            case "paragraph": record.Paragraphs[0] = Array.Empty<RecordRange>(); break;
            case "unit": record.Figures[0] = new RecordFigure(0, record.Figures[0].Range, 1m, null, null, 100_000, 0, 0, -1); break;
            case "month": record.Month = 13; break;
            case "span": record.Title = new RecordRange(0, 100_000); break;
            default: record.Format = 4; break;
        }
        articles[target] = articles[target] with { Record = record.Write() };
        var corpus = BundledCorpusData.Load(articles);

        var error = Assert.Throws<InvalidDataException>(() => corpus.Article("nyt-tokayev-embraces-russia"));

        Assert.Contains("article 'nyt-tokayev-embraces-russia'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        // The other articles are unaffected, and counting reads no record.
        Assert.Equal(5, corpus.Articles.Count);
        Assert.NotNull(corpus.Article(articles[(target + 1) % articles.Count].Id).RawText);
    }

    [Theory]
    [InlineData("\"note\": \"", "\"note\": \"\\uD800", "no string")]
    [InlineData("\"note\": \"", "\"note\": 7, \"x\": \"", "non-string 'note'")]
    [InlineData("\"quotes\"", "\"quotes-renamed\"", "has no quotes[0]")]
    [InlineData("\"sha256\"", "\"sha-256\"", "has no 'sha256'")]
    [InlineData("{", "{ \u00ff", "not the JSON the build checked")]
    public void A_damaged_sidecar_behind_a_matching_fingerprint_names_the_article(string find, string replace, string expected)
    {
        var articles = BundledCorpusData.Instance.Articles.ToList();
        var files = BundledCorpusData.Instance.Files.ToDictionary(f => f.Key, f => f.Value);
        var target = articles.FindIndex(a => a.Id == "nyt-tokayev-embraces-russia");
        var name = BundledCorpusData.SidecarName(articles[target]);
        var json = System.Text.Encoding.UTF8.GetString(files[name]);
        var at = json.IndexOf(find, StringComparison.Ordinal);
        files[name] = System.Text.Encoding.UTF8.GetBytes(json.Remove(at, find.Length).Insert(at, replace));
        var record = ArticleRecord.Read(articles[target].Record, 0);
        record.SidecarFingerprint = ArticleRecord.Fingerprint(files[name]);
        articles[target] = articles[target] with { Record = record.Write() };

        var walker = new ApiWalker();
        walker.Walk(BundledCorpusData.Load(articles, files).Article("nyt-tokayev-embraces-russia"));

        Assert.NotEmpty(walker.Exceptions);
        Assert.All(walker.Exceptions, e =>
        {
            Assert.IsType<InvalidDataException>(e);
            Assert.Contains("article 'nyt-tokayev-embraces-russia'", e.Message, StringComparison.Ordinal);
        });
        Assert.Contains(walker.Exceptions, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(70)]
    public void Corpus_wide_lists_rethrow_the_first_damaged_articles_exception(int count)
    {
        var (articles, files) = BundledCorpusData.Clones(count);
        var ids = articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        // Two damaged texts (a fingerprint that does not match) and, after them in id order, two damaged records.
        string Damage(int at, Action<ArticleRecord> change)
        {
            var index = articles.FindIndex(a => a.Id == ids[at]);
            var record = ArticleRecord.Read(articles[index].Record, 0);
            change(record);
            articles[index] = articles[index] with { Record = record.Write() };
            return ids[at];
        }
        var firstText = Damage(count / 5, r => r.TextFingerprint ^= 1);
        Damage(count / 2, r => r.TextFingerprint ^= 1);
        var firstRecord = Damage(count - 2, r => r.Outlet = 1_000);
        Damage(count - 1, r => r.Outlet = 1_000);
        var corpus = BundledCorpusData.Load(articles, files);

        // Lists of items read every article's text: the first damaged text in id order.
        foreach (var list in new Func<object>[] { () => corpus.Quotes, () => corpus.Figures, () => corpus.Corrections, () => corpus.People[0].Quotes.Count, () => corpus.SearchQuotes("a") })
        {
            var error = Assert.Throws<InvalidDataException>(list);
            Assert.Contains($"article '{firstText}'", error.Message, StringComparison.Ordinal);
        }
        // The articles and the back-links to them read records only: the first damaged record.
        foreach (var list in new Func<object>[] { () => corpus.Articles.ToList(), () => corpus.People[0].Articles.Count })
        {
            var error = Assert.Throws<InvalidDataException>(list);
            Assert.Contains($"article '{firstRecord}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("outlet is 1000", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(count, corpus.Articles.Count);
    }
}
