using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Steps;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Validation;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The corpus step: duplicate article ids and identifiers, texts without sidecars, aliases no
/// article uses, the sorted diagnostics, the article entries and registry documentation, and the
/// buckets the articles are emitted in.
/// </summary>
public sealed class CorpusBuilderTests
{
    private const string AliasAdvice = " occurs in no article; aliases record spellings the corpus uses";

    private static readonly DateModel SomeDate = new(2022, 1, 1, DatePrecision.Day, false, null, EquatableArray<TextRange>.Empty);

    private static EquatableArray<T> Array<T>(params T[] items) where T : System.IEquatable<T> => new(items);

    [Fact]
    public void Articles_are_sorted_by_id_with_their_quotes_and_figures_in_record_order()
    {
        var result = SeedChecks.Run(Corpus);

        Assert.Empty(result.Diagnostics);
        var articles = result.Corpus.Articles;
        Assert.Equal(new[] { ("second-piece", "002_interview"), ("tiny-article", "001_tiny") }, articles.Select(a => (a.Id, a.BaseName)));

        var interview = articles[0];
        Assert.Equal("Second piece", interview.Title);
        Assert.Equal("example-news", interview.Outlet);
        Assert.Equal((2022, 1), (interview.Published.Year, interview.Published.Month));
        Assert.Equal(new[] { new CatalogItem("turn-2", "interview-answer quote by ann-example") }, interview.Quotes);
        Assert.Equal(new[] { new CatalogItem("thirty-years", "elapsed-time: years of peace") }, interview.Figures);
        Assert.NotEmpty(interview.Record);

        var news = articles[1];
        Assert.Equal("Tiny: “Peace is near”", news.Title);
        Assert.Equal("example-news", news.Outlet);
        Assert.Equal((2022, 1, 7), (news.Published.Year, news.Published.Month, news.Published.Day));
        Assert.Equal(new[]
        {
            new CatalogItem("peace-title", "direct quote by ann-example"),
            new CatalogItem("peace", "direct quote by ann-example"),
            new CatalogItem("soldiers-arrived", "indirect quote by ann-example"),
        }, news.Quotes);
        Assert.Equal(new[] { new CatalogItem("soldiers", "troops-deployed: soldiers who arrived") }, news.Figures);
        Assert.NotEmpty(news.Record);
    }

    [Fact]
    public void The_registry_spec_documents_each_entry_with_what_it_has()
    {
        var seeds = Corpus
            .With(PeopleRegistry, """
                { "people": [
                  { "id": "dan-d", "name": "Dan D", "kind": "leader", "role": "", "affiliation": "" },
                  { "id": "cat-c", "name": "Cat C", "kind": "journalist", "affiliation": "Acme" },
                  { "id": "bob-b", "name": "Bob B", "kind": "official", "role": "minister" },
                  { "id": "ann-example", "name": "Ann Example", "kind": "expert", "aliases": [],
                    "affiliation": "Example University", "role": "professor" }
                ] }
                """)
            .With(OutletsRegistry, """{ "outlets": [ { "id": "other-news", "name": "Other News" }, { "id": "example-news", "name": "Example News", "country": "Nowhere" } ] }""");

        var result = SeedChecks.Run(seeds);

        Assert.Empty(result.Diagnostics);
        var spec = result.Corpus.Registry;
        Assert.Equal(new[]
        {
            new RegistryEntry("example-news", "Example News (Nowhere); id example-news", null),
            new RegistryEntry("other-news", "Other News; id other-news", null),
        }, spec.Outlets);
        Assert.Equal(new[]
        {
            new RegistryEntry("elapsed-time", "Elapsed time: Time since an event; id elapsed-time", null),
            new RegistryEntry("troops-deployed", "Troops deployed; id troops-deployed", null),
        }, spec.Measures);
        Assert.Equal(new[]
        {
            new RegistryEntry("soldier", "soldiers; id soldier", null),
            new RegistryEntry("year", "years; id year", null),
        }, spec.Units);
        Assert.Equal(new[]
        {
            new RegistryEntry("ann-example", "Ann Example, professor, Example University (expert; id ann-example)", PersonKind.Expert),
            new RegistryEntry("bob-b", "Bob B, minister (official; id bob-b)", PersonKind.Official),
            new RegistryEntry("cat-c", "Cat C, Acme (journalist; id cat-c)", PersonKind.Journalist),
            new RegistryEntry("dan-d", "Dan D (leader; id dan-d)", PersonKind.Leader),
        }, spec.People);
    }

    [Fact]
    public void A_duplicate_article_id_keeps_the_article_whose_seed_name_sorts_first()
    {
        var seeds = Corpus
            .With("000_copy.txt", Corpus[NewsText])
            .With("000_copy.json", Corpus[NewsSidecar].Replace("\"2022-01-07\"", "\"2022-01-08\""));

        var result = SeedChecks.Run(seeds);

        // Day 0: the interview's date is a month.
        Assert.Equal(new[]
        {
            "KZ0021 001_tiny.json(4,9): Duplicate article id 'tiny-article': it is also used at 000_copy.json line 4",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { ("second-piece", "002_interview", 0), ("tiny-article", "000_copy", 8) },
            result.Corpus.Articles.Select(a => (a.Id, a.BaseName, a.Published.Day)));
    }

    [Fact]
    public void Sidecars_of_one_seed_name_in_two_folders_are_taken_in_path_order()
    {
        // Outside the seeds folder's layout: a project can mark such a file as a sidecar itself (KzSeed metadata).
        var seeds = Corpus.With("sub/001_tiny.json", Corpus[NewsSidecar].Replace("\"2022-01-07\"", "\"2022-01-08\""));

        var result = SeedChecks.Run(seeds, path => path.EndsWith("sub/001_tiny.json", System.StringComparison.Ordinal)
            ? KzDataset.Core.Parsing.SeedKind.Sidecar
            : SeedChecks.KindByLayout(path));

        Assert.Equal(new[]
        {
            "KZ0021 sub/001_tiny.json(4,9): Duplicate article id 'tiny-article': it is also used at 001_tiny.json line 4",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { ("second-piece", 0), ("tiny-article", 7) }, result.Corpus.Articles.Select(a => (a.Id, a.Published.Day)));
    }

    [Fact]
    public void Article_ids_that_become_one_identifier_keep_the_first()
    {
        var seeds = Corpus
            .Edit(NewsSidecar, "\"id\": \"tiny-article\"", "\"id\": \"tiny-article2\"")
            .Edit(InterviewSidecar, "\"id\": \"second-piece\"", "\"id\": \"tiny-article-2\"");

        var result = SeedChecks.Run(seeds);

        Assert.Equal(new[]
        {
            "KZ0022 002_interview.json(2,9): The article id 'tiny-article-2' becomes the C# identifier 'TinyArticle2', as does 'tiny-article2'; rename it",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "tiny-article2" }, result.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void An_article_id_that_becomes_a_catalog_name_is_rejected()
    {
        var result = SeedChecks.Run(Corpus.Edit(InterviewSidecar, "\"id\": \"second-piece\"", "\"id\": \"instance\""));

        Assert.Equal(new[]
        {
            "KZ0022 002_interview.json(2,9): The article id 'instance' becomes the C# identifier 'Instance', a name the generated catalogs already use; rename it",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "tiny-article" }, result.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Each_text_without_a_sidecar_is_reported_at_its_start()
    {
        var result = SeedChecks.Run(Corpus.Without(NewsSidecar).With("000_orphan.txt", "Orphan\n\nNothing here."));

        Assert.Equal(new[]
        {
            "KZ0011 000_orphan.txt(1,1): Text '000_orphan.txt' has no sidecar: create '000_orphan.json' beside it with the article's annotations",
            "KZ0011 001_tiny.txt(1,1): Text '001_tiny.txt' has no sidecar: create '001_tiny.json' beside it with the article's annotations",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "second-piece" }, result.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void A_text_whose_sidecar_is_broken_has_a_sidecar()
    {
        var result = SeedChecks.Run(Corpus.With(NewsSidecar, "not json at all"));

        Assert.Equal(new[] { "KZ0001" }, result.Diagnostics.Select(d => d.Id));
        Assert.Equal(SeedSet.PathOf(NewsSidecar), result.Diagnostics[0].Location.Path);
        Assert.Equal(new[] { "second-piece" }, result.Corpus.Articles.Select(a => a.Id));
    }

    private static SeedSet WithAliases() => Corpus
        .Edit(PeopleRegistry, "\"aliases\": []", "\"aliases\": [\"A. Example\", \"Annie\", \"Prof. Example\"]")
        .Edit(InterviewText, "Ann Example: Thirty", "Annie: Thirty");

    [Fact]
    public void Aliases_no_article_uses_are_reported_in_their_order()
    {
        var result = SeedChecks.Run(WithAliases());

        Assert.Equal(new[]
        {
            "KZ0205 registry/people.json(2,78): Alias 'A. Example' of 'ann-example'" + AliasAdvice,
            "KZ0205 registry/people.json(2,78): Alias 'Prof. Example' of 'ann-example'" + AliasAdvice,
        }, SeedChecks.Lines(result));
    }

    [Fact]
    public void An_alias_counts_as_used_only_by_the_articles_in_the_corpus()
    {
        // "Annie" is only in the interview.
        var result = SeedChecks.Run(WithAliases().Without(InterviewSidecar).Without(InterviewText));

        Assert.Equal(new[]
        {
            "KZ0205 registry/people.json(2,78): Alias 'A. Example' of 'ann-example'" + AliasAdvice,
            "KZ0205 registry/people.json(2,78): Alias 'Annie' of 'ann-example'" + AliasAdvice,
            "KZ0205 registry/people.json(2,78): Alias 'Prof. Example' of 'ann-example'" + AliasAdvice,
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "tiny-article" }, result.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Aliases_are_not_checked_without_any_sidecar()
    {
        var registryOnly = WithAliases().Without(NewsSidecar).Without(InterviewSidecar).Without(NewsText).Without(InterviewText);
        Assert.Empty(SeedChecks.Run(registryOnly).Diagnostics);

        var textsOnly = WithAliases().Without(NewsSidecar).Without(InterviewSidecar);
        Assert.Equal(new[] { "KZ0011", "KZ0011" }, SeedChecks.Run(textsOnly).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Aliases_are_not_judged_while_an_article_cannot_be_read()
    {
        // "Annie" is only in the interview, whose sidecar is broken: it may well use the alias.
        var broken = SeedChecks.Run(WithAliases().With(InterviewSidecar, "{ \"id\": "));
        Assert.Equal(new[] { "KZ0001" }, broken.Diagnostics.Select(d => d.Id));

        var unannotated = SeedChecks.Run(WithAliases().Without(InterviewSidecar));
        Assert.Equal(new[] { "KZ0011" }, unannotated.Diagnostics.Select(d => d.Id));

        var unresolved = SeedChecks.Run(WithAliases().Edit(InterviewSidecar, "\"format\": \"interview\",", ""));
        Assert.Equal(new[] { "KZ0002" }, unresolved.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Diagnostics_are_deduplicated_and_sorted_by_path_start_and_id()
    {
        static SourceLocation At(string path, int start) => new(path, start, 1, start, 0, start, 1);
        var registry = new RegistryModel(EquatableArray<PersonModel>.Empty, EquatableArray<OutletModel>.Empty, EquatableArray<MeasureModel>.Empty,
            EquatableArray<UnitModel>.Empty, Array(
                DiagnosticInfo.Create(KzDiagnostics.DuplicateId, At("b.json", 5), "person", "b5", "x"),
                DiagnosticInfo.Create(KzDiagnostics.AmbiguousAlias, At("a.json", 9), "A9", "x", "y"),
                DiagnosticInfo.Create(KzDiagnostics.DuplicateId, At("a.json", 9), "person", "a9", "x"),
                DiagnosticInfo.Create(KzDiagnostics.IdentifierCollision, At("a.json", 2), "person", "y", "Z", "as does 'a2'"),
                DiagnosticInfo.Create(KzDiagnostics.DuplicateId, At("B.json", 0), "person", "B0", "x"),
                DiagnosticInfo.Create(KzDiagnostics.DuplicateId, At("b.json", 5), "person", "b5", "x")));
        var linked = ImmutableArray.Create(new LinkedArticle("x/002.json", "002", "two", At("x/002.json", 0), null, EquatableArray<string>.Empty,
            Array(DiagnosticInfo.Create(KzDiagnostics.UnknownReference, At("a.json", 4), "unit", "a4", ""))));

        var corpus = SeedSteps.BuildCorpus(linked, registry, ImmutableArray<SeedFileName>.Empty);

        Assert.Equal(new[]
        {
            "KZ0021 B.json(1,1): Duplicate person id 'B0': it is also used at x",
            "KZ0022 a.json(3,1): The person id 'y' becomes the C# identifier 'Z', as does 'a2'; rename it",
            "KZ0020 a.json(5,1): Unknown unit 'a4'",
            "KZ0021 a.json(10,1): Duplicate person id 'a9': it is also used at x",
            "KZ0023 a.json(10,1): Alias 'A9' of 'x' also names 'y' (compared without case and diacritics); lookups by name must be unambiguous",
            "KZ0021 b.json(6,1): Duplicate person id 'b5': it is also used at x",
        }, SeedChecks.Lines(corpus.Diagnostics));
        Assert.Empty(corpus.Articles);
        Assert.Equal(SeedSteps.EmptySpec, corpus.Registry);
    }

    private static ArticleEntry Entry(string id) => new(id, "base-" + id, Array<byte>(1, 2), "Title " + id, "outlet", SomeDate,
        Array(new CatalogItem("q", "direct quote by someone")), Array(new CatalogItem("f", "m: s")));

    [Fact]
    public void Buckets_group_the_articles_by_the_hash_of_their_id_in_bucket_order()
    {
        // Buckets (computed independently): tiny-article 8, a 12, b 5, foobar 8, second-piece 10.
        var entries = new[] { "tiny-article", "a", "b", "foobar", "second-piece" }.Select(Entry).ToArray();
        var corpus = new CorpusModel(Array(entries), SeedSteps.EmptySpec, EquatableArray<DiagnosticInfo>.Empty);

        var buckets = BucketLayout.Buckets(corpus, itemMembers: true);

        Assert.Equal(new[]
        {
            (5, new[] { "b" }),
            (8, new[] { "tiny-article", "foobar" }),
            (10, new[] { "second-piece" }),
            (12, new[] { "a" }),
        }, buckets.Select(b => (b.Index, b.Articles.Select(a => a.Id).ToArray())));
        Assert.Equal(entries.OrderBy(e => BucketLayout.BucketOf(e.Id)), buckets.SelectMany(b => b.Articles));
    }

    [Fact]
    public void Without_item_members_the_buckets_leave_out_quotes_and_figures_only()
    {
        var entries = new[] { "tiny-article", "a", "b", "foobar", "second-piece" }.Select(Entry).ToArray();
        var corpus = new CorpusModel(Array(entries), SeedSteps.EmptySpec, EquatableArray<DiagnosticInfo>.Empty);

        var buckets = BucketLayout.Buckets(corpus, itemMembers: false);

        Assert.Equal(new[] { 5, 8, 10, 12 }, buckets.Select(b => b.Index));
        Assert.Equal(
            new[] { "b", "tiny-article", "foobar", "second-piece", "a" }.Select(id => Entry(id) with
            {
                Quotes = EquatableArray<CatalogItem>.Empty,
                Figures = EquatableArray<CatalogItem>.Empty,
            }),
            buckets.SelectMany(b => b.Articles));
    }

    [Theory]
    [InlineData("", 5)] // FNV-1a offset basis 0x811C9DC5
    [InlineData("a", 12)] // 0xE40C292C, the published test vector
    [InlineData("foobar", 8)] // 0xBF9CF968, the published test vector
    [InlineData("b", 5)]
    [InlineData("c", 2)]
    [InlineData("tiny-article", 8)]
    [InlineData("second-piece", 10)]
    [InlineData("erica-marat", 1)]
    [InlineData("é", 4)]
    [InlineData("жарык", 12)]
    [InlineData("😀", 8)] // two UTF-16 code units
    public void The_bucket_is_fnv_1a_of_the_ids_utf16_code_units_modulo_16(string id, int bucket)
        => Assert.Equal(bucket, BucketLayout.BucketOf(id));

    [Fact]
    public void The_bucket_matches_a_reference_fnv_1a_for_many_ids()
    {
        var ids = Enumerable.Range(0, 300).Select(i => "article-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(new[] { "Ünïcödé", "日本語", "\uFFFF", "x" + new string('z', 200) }).ToList();

        foreach (var id in ids) Assert.Equal(ReferenceBucket(id), BucketLayout.BucketOf(id));
        Assert.Equal(16, ids.Select(BucketLayout.BucketOf).Distinct().Count());
    }

    /// <summary>FNV-1a in 64-bit arithmetic masked to 32 bits, over UTF-16 code units, modulo 16.</summary>
    private static int ReferenceBucket(string id)
    {
        ulong hash = 0x811C9DC5;
        foreach (var unit in System.Text.Encoding.Unicode.GetBytes(id).Chunk(2).Select(b => b[0] | (b[1] << 8)))
        {
            hash ^= (ulong)unit;
            hash = (hash * 0x01000193) & 0xFFFFFFFF;
        }
        return (int)(hash & 0xF);
    }
}
