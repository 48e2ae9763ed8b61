using System.Linq;
using System.Threading;
using Xunit;

namespace KzDataset.Tests.Runtime;

/// <summary>
/// What a query reads, counted by the corpus (records decoded; articles whose text and sidecar were
/// decoded), not timed: counting and filtering by record fields read no text or sidecar, the first
/// quote of the first article reads that article only, and each article is read once however many
/// threads ask at once.
/// </summary>
public sealed class LazyLoadingTests
{
    private static Corpus Fresh() => BundledCorpusData.Load(BundledCorpusData.Instance.Articles);

    [Fact]
    public void Counting_the_articles_reads_no_record()
    {
        var corpus = Fresh();

        Assert.Equal(5, corpus.Articles.Count);
        Assert.Equal(0, corpus.Counters.Records);
        Assert.Equal(0, corpus.Counters.Contents);
    }

    [Fact]
    public void Filtering_by_outlet_date_format_and_counts_reads_records_only()
    {
        var corpus = Fresh();
        var nyt = corpus.Outlet("nyt");

        var byOutlet = corpus.Articles.Where(a => a.Outlet == nyt).Select(a => a.Id).ToList();
        var filtered = corpus.Articles.Count(a => a.Published.Year == 2022 && a.Published.Latest >= a.Published.Earliest && a.Format != ArticleFormat.Panel);
        var counted = corpus.Articles.Sum(a => a.Quotes.Count + a.Figures.Count + a.Turns.Count + a.Corrections.Count + a.Terms.Count + a.Excluded.Count
            + a.People.Count + a.Paragraphs.Count + a.OutletCues.Count + a.Length + (a.TitleSpan?.Length ?? 0) + (int)a.Processing);

        Assert.Equal(["nyt-tokayev-embraces-russia"], byOutlet);
        Assert.True(filtered > 0);
        Assert.Equal(Articles.All.Sum(a => a.Quotes.Count + a.Figures.Count + a.Turns.Count + a.Corrections.Count + a.Terms.Count + a.Excluded.Count
            + a.People.Count + a.Paragraphs.Count + a.OutletCues.Count + a.RawText.Length + (a.Title?.Length ?? 0) + (int)a.Processing), counted);
        Assert.Equal(5, corpus.Counters.Records);
        Assert.Equal(0, corpus.Counters.Contents);
    }

    [Fact]
    public void Going_through_the_list_reading_contents_reads_ahead_and_a_records_only_pass_does_not()
    {
        var (articles, files) = BundledCorpusData.Clones(300);
        var recordsOnly = BundledCorpusData.Load(articles, files);
        var readingContents = BundledCorpusData.Load(articles, files);

        // Two articles reached by a pass that looks at records only: nothing read ahead.
        using (var pass = recordsOnly.Articles.GetEnumerator())
        {
            for (var i = 0; i < 2 && pass.MoveNext(); i++) _ = pass.Current.Outlet;
        }

        // Two articles reached by a pass that reads the first one's quotes: the articles after them are read ahead.
        using (var pass = readingContents.Articles.GetEnumerator())
        {
            Assert.True(pass.MoveNext());
            _ = pass.Current.Quotes[0].Text;
            Assert.True(pass.MoveNext());
        }
        var readAhead = SpinWait.SpinUntil(() => Enumerable.Range(1, 100).All(i => readingContents.ReadState(i).Content), System.TimeSpan.FromSeconds(30));

        Assert.True(readAhead, "the next articles' contents were not read ahead");
        Assert.Equal(0, recordsOnly.Counters.Contents);
        Assert.Equal(2, recordsOnly.Counters.Records);
        Assert.False(readingContents.ReadState(299).Content, "read ahead past the window");
    }

    [Fact]
    public void The_first_quote_of_the_first_article_reads_that_article_only()
    {
        var corpus = Fresh();

        var text = corpus.Articles[0].Quotes[0].Text;

        Assert.Equal(Articles.All[0].Quotes[0].Text, text);
        Assert.Equal(1, corpus.Counters.Records);
        Assert.Equal(1, corpus.Counters.Contents);
        Assert.Equal((true, true), corpus.ReadState(0));
        Assert.All(Enumerable.Range(1, 4), i => Assert.Equal((false, false), corpus.ReadState(i)));
    }

    [Fact]
    public void An_article_is_read_once_when_many_threads_ask_at_once()
    {
        for (var round = 0; round < 20; round++)
        {
            var corpus = Fresh();
            var texts = new string[8];
            using var start = new Barrier(texts.Length);
            var threads = Enumerable.Range(0, texts.Length).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                texts[t] = t % 2 == 0 ? corpus.Articles[2].RawText : corpus.Articles[2].Quotes[0].Article.RawText;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.Equal(1, corpus.Counters.Records);
            Assert.Equal(1, corpus.Counters.Contents);
            Assert.All(texts, t => Assert.Same(texts[0], t));
        }
    }

    [Fact]
    public void A_persons_articles_read_records_and_their_quotes_read_every_article()
    {
        var corpus = Fresh();
        var tokayev = corpus.Person("kassym-jomart-tokayev");

        Assert.NotEmpty(tokayev.Articles);
        Assert.Equal(5, corpus.Counters.Records);
        Assert.Equal(0, corpus.Counters.Contents);

        Assert.NotEmpty(tokayev.Quotes);
        Assert.Equal(5, corpus.Counters.Contents);
        Assert.Equal(Quotes.All.Count, corpus.Quotes.Count);
    }
}
