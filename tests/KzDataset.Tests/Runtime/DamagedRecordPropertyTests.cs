using System;
using System.IO;
using System.Linq;
using CsCheck;
using Xunit;

namespace KzDataset.Tests.Runtime;

/// <summary>
/// The runtime's promise: a damaged or mismatched record is an <see cref="InvalidDataException"/>
/// naming its article, never another exception. Real records of the bundled corpus are damaged
/// (<see cref="RecordDamage"/>), loaded through the runtime's entry point for data, and the whole
/// public API of the article and of the corpus is called by reflection (<see cref="ApiWalker"/>).
/// A longer run sets <c>KZ_PROPERTY_ITERATIONS</c> (cases; 400 by default); a failure prints the
/// seed to replay it with (<c>CsCheck_Seed</c>).
/// </summary>
public sealed class DamagedRecordPropertyTests
{
    private static readonly Gen<RecordDamage> GenDamage = Gen.Select(Gen.Int[0, 64], Gen.Int[0, RecordDamage.Kinds - 1], Gen.Int[0, RecordDamage.Fields - 1],
        Gen.Int[0, 64], Gen.Int[0, 100_000], Gen.Int[0, 1_000_000],
        (article, kind, field, element, position, value) => new RecordDamage(article, kind, field, element, position, value));

    [Fact]
    public void A_damaged_record_is_only_ever_an_invalid_data_exception_naming_its_article()
    {
        var corpus = BundledCorpusData.Instance;
        GenDamage.Sample(damage =>
        {
            var (articles, files) = damage.Apply(corpus);
            var id = articles[damage.Article % articles.Count].Id;
            var walker = Walk(BundledCorpusData.Load(articles, files), id);

            var wrong = walker.Exceptions.Where(e => e is not InvalidDataException || !e.Message.Contains($"'{id}'", StringComparison.Ordinal)).ToList();
            Assert.True(wrong.Count == 0, $"{damage}: {string.Join("\n", wrong.Select(e => e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace))}");
        }, iter: Iterations());
    }

    [Fact]
    public void The_undamaged_corpus_walks_without_an_exception()
    {
        var corpus = BundledCorpusData.Instance;
        var walker = Walk(BundledCorpusData.Load(corpus.Articles), corpus.Articles[0].Id);

        Assert.Empty(walker.Exceptions);
        // The walk reaches every article, quote and figure: thousands of members.
        Assert.True(walker.Calls > 2_000, $"{walker.Calls} calls");
    }

    private static int Iterations()
        => int.TryParse(Environment.GetEnvironmentVariable("KZ_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : 400;

    // The article first (its own members before anything corpus-wide reads it), then the corpus.
    private static ApiWalker Walk(Corpus corpus, string id)
    {
        var walker = new ApiWalker();
        try
        {
            walker.Walk(corpus.Article(id));
        }
        catch (Exception ex)
        {
            walker.Exceptions.Add(ex);
        }
        walker.Walk(corpus);
        return walker;
    }
}
