using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Steps;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Validation;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The link step: ids checked against the registries (with a suggestion or the registry file to
/// add them to), speakers named in the body, aliases seen, mentions, and annotations pointing at
/// unknown ids left out. Whole-corpus runs check the diagnostics as the build prints them; single
/// links check the linked article itself.
/// </summary>
public sealed class ArticleLinkerTests
{
    private const string SpeakerNotNamedAdvice = "; add the spelling used here to the person's aliases";

    /// <summary>The resolve and link steps for one sidecar of <paramref name="seeds"/>, against its registries.</summary>
    private static (LinkedArticle Linked, ResolvedArticle Resolved) Link(SeedSet seeds, string sidecar)
    {
        var files = seeds.ToAdditionalTexts().ToDictionary(f => f.Path, f => f.GetText()!.ToString());
        var registry = RegistryBuilder.Build(files.Where(f => f.Key.StartsWith(SeedSet.PathOf("registry/"), System.StringComparison.Ordinal))
            .Select(f => SeedSteps.ParseRegistry(f.Key, f.Value)).ToImmutableArray());
        Assert.Empty(registry.Diagnostics);
        var sidecarPath = SeedSet.PathOf(sidecar);
        var textPath = SeedSet.PathOf(System.IO.Path.ChangeExtension(sidecar, ".txt"));
        var text = files.TryGetValue(textPath, out var content) ? SeedSteps.ReadText(textPath, content) : null;
        var resolved = ArticleResolver.Resolve(SeedSteps.ParseSidecar(sidecarPath, files[sidecarPath]), text);
        return (ArticleLinker.Link(resolved, registry), resolved);
    }

    private static string[] Lines(LinkedArticle linked) => SeedChecks.Lines(linked.Diagnostics);

    [Fact]
    public void A_clean_article_links_unchanged_with_the_names_it_uses_and_the_people_it_mentions()
    {
        var (news, resolved) = Link(Corpus, NewsSidecar);

        Assert.Empty(news.Diagnostics);
        Assert.Equal(SeedSet.PathOf(NewsSidecar), news.SidecarPath);
        Assert.Equal("001_tiny", news.BaseName);
        Assert.Equal("tiny-article", news.ArticleId);
        Assert.Equal(resolved.IdLocation, news.IdLocation);
        Assert.Equal((3, 8), (news.IdLocation.StartLine, news.IdLocation.StartColumn));
        Assert.Equal(new[] { "ann-example\nAnn Example" }, news.AliasesSeen);
        Assert.Equal(resolved.Article! with { Mentions = new KzDataset.Core.Common.EquatableArray<string>(new[] { "ann-example" }) }, news.Article);
        Assert.Equal(new[] { "peace-title", "peace", "soldiers-arrived" }, news.Article!.Quotes.Select(q => q.Id));
        Assert.Equal(new[] { "soldiers" }, news.Article.Figures.Select(f => f.Id));

        var (interview, _) = Link(Corpus, InterviewSidecar);
        Assert.Empty(interview.Diagnostics);
        Assert.Equal(new[] { ("turn-1", TurnRole.Question, (string?)null), ("turn-2", TurnRole.Answer, "ann-example") },
            interview.Article!.Turns.Select(t => (t.Id, t.Role, t.SpeakerId)));
        Assert.Equal(new[] { "turn-2" }, interview.Article.Quotes.Select(q => q.Id));
        Assert.Equal(new[] { "thirty-years" }, interview.Article.Figures.Select(f => f.Id));
        Assert.Equal(new[] { "ann-example" }, interview.Article.Mentions);
    }

    [Fact]
    public void Unknown_ids_near_a_known_one_suggest_it_for_every_registry()
    {
        var seeds = Corpus
            .Edit(NewsSidecar, "\"id\": \"peace\", \"speaker\": \"ann-example\"", "\"id\": \"peace\", \"speaker\": \"ann-exampel\"")
            .Edit(NewsSidecar, "\"unit\": \"soldier\",", "\"unit\": \"soldiers\",")
            .Edit(NewsSidecar, "\"measure\": \"troops-deployed\"", "\"measure\": \"troop-deployed\"")
            .Edit(InterviewSidecar, "\"id\": \"example-news\"", "\"id\": \"example-newz\"");

        var result = SeedChecks.Run(seeds);

        Assert.Equal(new[]
        {
            "KZ0020 001_tiny.json(17,33): Unknown person 'ann-exampel'; did you mean 'ann-example'?",
            "KZ0020 001_tiny.json(21,75): Unknown unit 'soldiers'; did you mean 'soldier'?",
            "KZ0020 001_tiny.json(21,98): Unknown measure 'troop-deployed'; did you mean 'troops-deployed'?",
            "KZ0020 002_interview.json(5,21): Unknown outlet 'example-newz'; did you mean 'example-news'?",
        }, SeedChecks.Lines(result));

        // The article of the unknown outlet is left out; the other loses the quote and the figure.
        var article = Assert.Single(result.Corpus.Articles);
        Assert.Equal("tiny-article", article.Id);
        Assert.Equal(new[] { "peace-title", "soldiers-arrived" }, article.Quotes.Select(q => q.LocalId));
        Assert.Empty(article.Figures);
    }

    [Fact]
    public void Unknown_ids_near_no_known_one_name_the_registry_file_to_add_them_to()
    {
        var seeds = Corpus
            .Edit(NewsSidecar, "\"id\": \"peace\", \"speaker\": \"ann-example\"", "\"id\": \"peace\", \"speaker\": \"qqq\"")
            .Edit(NewsSidecar, "\"unit\": \"soldier\",", "\"unit\": \"kilogram\",")
            .Edit(NewsSidecar, "\"measure\": \"troops-deployed\"", "\"measure\": \"zzz\"")
            .Edit(InterviewSidecar, "\"id\": \"example-news\"", "\"id\": \"zzz\"");

        Assert.Equal(new[]
        {
            "KZ0020 001_tiny.json(17,33): Unknown person 'qqq'; add it to registry/people.json",
            "KZ0020 001_tiny.json(21,75): Unknown unit 'kilogram'; add it to registry/units.json",
            "KZ0020 001_tiny.json(21,98): Unknown measure 'zzz'; add it to registry/measures.json",
            "KZ0020 002_interview.json(5,21): Unknown outlet 'zzz'; add it to registry/outlets.json",
        }, SeedChecks.Lines(SeedChecks.Run(seeds)));
    }

    [Fact]
    public void A_figure_with_an_unknown_unit_or_measure_is_left_out_and_nothing_else()
    {
        var seeds = Corpus
            .Edit(NewsSidecar, "\"unit\": \"soldier\",", "\"unit\": \"kilogram\",")
            .Edit(InterviewSidecar, "\"measure\": \"elapsed-time\"", "\"measure\": \"zzz\"");

        var (news, _) = Link(seeds, NewsSidecar);
        Assert.Equal(new[] { "KZ0020 001_tiny.json(21,75): Unknown unit 'kilogram'; add it to registry/units.json" }, Lines(news));
        Assert.Empty(news.Article!.Figures);
        Assert.Equal(new[] { "peace-title", "peace", "soldiers-arrived" }, news.Article.Quotes.Select(q => q.Id));
        Assert.Equal(new[] { "ann-example" }, news.Article.Mentions);

        var (interview, _) = Link(seeds, InterviewSidecar);
        Assert.Equal(new[] { "KZ0020 002_interview.json(14,94): Unknown measure 'zzz'; add it to registry/measures.json" }, Lines(interview));
        Assert.Empty(interview.Article!.Figures);
        Assert.Equal(new[] { "turn-1", "turn-2" }, interview.Article.Turns.Select(t => t.Id));
        Assert.Equal(new[] { "turn-2" }, interview.Article.Quotes.Select(q => q.Id));
    }

    [Fact]
    public void A_figure_stated_by_an_unknown_person_is_left_out()
    {
        var seeds = Corpus.Edit(NewsSidecar, "\"statedBy\": \"ann-example\"", "\"statedBy\": \"nobody\"");

        var (news, _) = Link(seeds, NewsSidecar);

        Assert.Equal(new[] { "KZ0020 001_tiny.json(22,76): Unknown person 'nobody'; add it to registry/people.json" }, Lines(news));
        Assert.Empty(news.Article!.Figures);
        Assert.Equal(new[] { "peace-title", "peace", "soldiers-arrived" }, news.Article.Quotes.Select(q => q.Id));
        Assert.Equal(new[] { "ann-example" }, news.Article.Mentions);
    }

    [Fact]
    public void A_turn_by_an_unknown_speaker_is_left_out_with_its_answer_quote()
    {
        var seeds = Corpus.Edit(InterviewSidecar, "\"speaker\": \"ann-example\"", "\"speaker\": \"ann-exampl\"");

        var (interview, _) = Link(seeds, InterviewSidecar);

        Assert.Equal(new[] { "KZ0020 002_interview.json(11,36): Unknown person 'ann-exampl'; did you mean 'ann-example'?" }, Lines(interview));
        Assert.Equal(new[] { ("turn-1", TurnRole.Question, (string?)null) }, interview.Article!.Turns.Select(t => (t.Id, t.Role, t.SpeakerId)));
        Assert.Empty(interview.Article.Quotes);
        Assert.Equal(new[] { "thirty-years" }, interview.Article.Figures.Select(f => f.Id));
        // Named in the body, so still mentioned.
        Assert.Equal(new[] { "ann-example" }, interview.Article.Mentions);
        Assert.Equal(new[] { "ann-example\nAnn Example" }, interview.AliasesSeen);
    }

    [Fact]
    public void An_unknown_outlet_drops_the_article_but_not_what_its_body_names()
    {
        var seeds = Corpus.Edit(InterviewSidecar, "\"id\": \"example-news\"", "\"id\": \"zzz\"");

        var (interview, resolved) = Link(seeds, InterviewSidecar);

        Assert.NotNull(resolved.Article);
        Assert.Null(interview.Article);
        Assert.Equal("second-piece", interview.ArticleId);
        Assert.Equal(new[] { "KZ0020 002_interview.json(5,21): Unknown outlet 'zzz'; add it to registry/outlets.json" }, Lines(interview));
        Assert.Equal(new[] { "ann-example\nAnn Example" }, interview.AliasesSeen);
    }

    [Fact]
    public void A_sidecar_without_its_text_links_without_an_article()
    {
        // The hash written out, so the sidecar stays valid without the text it names.
        var seeds = Corpus.Edit(NewsSidecar, "{{sha256:001_tiny.txt}}", SeedSet.Sha256(Corpus[NewsText])).Without(NewsText);
        var (news, resolved) = Link(seeds, NewsSidecar);

        Assert.Null(resolved.Article);
        Assert.Null(news.Article);
        Assert.Equal(SeedChecks.Lines(resolved.Diagnostics), Lines(news));
        Assert.Empty(news.AliasesSeen);

        var result = SeedChecks.Run(seeds);
        Assert.Equal(new[]
        {
            "KZ0010 001_tiny.json(1,1): Sidecar '001_tiny.json' has no text: expected '001_tiny.txt' beside it among the seed files",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "second-piece" }, result.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void A_quoted_speaker_the_body_does_not_name_is_reported_at_each_quote_with_every_alias()
    {
        var seeds = Corpus
            .Edit(PeopleRegistry, "\"aliases\": []", "\"aliases\": [\"A. Example\", \"Annie\"]")
            .Edit(NewsText, "said Ann Example, a professor", "said a professor")
            .Edit(InterviewText, "Ann Example: Thirty", "Annie: Thirty");

        var result = SeedChecks.Run(seeds);

        // The figure the speaker states is no quote: it needs no name in the body.
        Assert.Equal(new[]
        {
            "KZ0204 001_tiny.json(16,39): Speaker 'ann-example' of quote 'peace-title' is not named in the article by any alias (Ann Example, A. Example, Annie)" + SpeakerNotNamedAdvice,
            "KZ0204 001_tiny.json(17,33): Speaker 'ann-example' of quote 'peace' is not named in the article by any alias (Ann Example, A. Example, Annie)" + SpeakerNotNamedAdvice,
            "KZ0204 001_tiny.json(18,44): Speaker 'ann-example' of quote 'soldiers-arrived' is not named in the article by any alias (Ann Example, A. Example, Annie)" + SpeakerNotNamedAdvice,
            "KZ0205 registry/people.json(2,78): Alias 'A. Example' of 'ann-example' occurs in no article; aliases record spellings the corpus uses",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "second-piece", "tiny-article" }, result.Corpus.Articles.Select(a => a.Id));

        var (news, _) = Link(seeds, NewsSidecar);
        Assert.Empty(news.AliasesSeen);
        Assert.Equal(new[] { "ann-example" }, news.Article!.Mentions);
        var (interview, _) = Link(seeds, InterviewSidecar);
        Assert.Equal(new[] { "ann-example\nAnnie" }, interview.AliasesSeen);
    }

    [Fact]
    public void Mentions_are_the_people_named_and_the_known_speakers_once_each_in_id_order()
    {
        var seeds = Corpus
            .With(PeopleRegistry, """
                { "people": [
                  { "id": "zoe-zed", "name": "Zoe Zed", "kind": "journalist", "aliases": ["Zed"] },
                  { "id": "ann-example", "name": "Ann Example", "kind": "expert" },
                  { "id": "bob-b", "name": "Bob B", "kind": "official" }
                ] }
                """)
            .Edit(NewsText, "said Ann Example, a professor", "said Zoe Zed, a professor")
            .Edit(NewsSidecar, "\"id\": \"soldiers-arrived\", \"speaker\": \"ann-example\"", "\"id\": \"soldiers-arrived\", \"speaker\": \"ghost\"");

        var (news, _) = Link(seeds, NewsSidecar);

        // Unknown ids first (in the order the article uses them), then the speakers not named.
        Assert.Equal(new[]
        {
            "KZ0020 001_tiny.json(18,44): Unknown person 'ghost'; add it to registry/people.json",
            "KZ0204 001_tiny.json(16,39): Speaker 'ann-example' of quote 'peace-title' is not named in the article by any alias (Ann Example)" + SpeakerNotNamedAdvice,
            "KZ0204 001_tiny.json(17,33): Speaker 'ann-example' of quote 'peace' is not named in the article by any alias (Ann Example)" + SpeakerNotNamedAdvice,
        }, Lines(news));
        Assert.Equal(new[] { "zoe-zed\nZoe Zed", "zoe-zed\nZed" }, news.AliasesSeen);
        Assert.Equal(new[] { "ann-example", "zoe-zed" }, news.Article!.Mentions);
        Assert.Equal(new[] { "peace-title", "peace" }, news.Article.Quotes.Select(q => q.Id));
        Assert.Equal(new[] { "soldiers" }, news.Article.Figures.Select(f => f.Id));
    }

    [Fact]
    public void The_registry_index_holds_each_registrys_ids_and_each_persons_names_and_is_built_once()
    {
        var registry = RegistryBuilder.Build(new[]
        {
            SeedSteps.ParseRegistry(SeedSet.PathOf(PeopleRegistry), """
                { "people": [
                  { "id": "zoe-zed", "name": "Zoe Zed", "kind": "journalist", "aliases": ["Zed", "Z. Zed"] },
                  { "id": "ann-example", "name": "Ann Example", "kind": "expert" }
                ] }
                """),
            SeedSteps.ParseRegistry(SeedSet.PathOf(OutletsRegistry), Corpus[OutletsRegistry]),
            SeedSteps.ParseRegistry(SeedSet.PathOf(MeasuresRegistry), Corpus[MeasuresRegistry]),
            SeedSteps.ParseRegistry(SeedSet.PathOf(UnitsRegistry), Corpus[UnitsRegistry]),
        }.ToImmutableArray());

        var index = RegistryIndex.Of(registry);

        Assert.Same(index, RegistryIndex.Of(registry));
        Assert.Equal(new[] { "ann-example", "zoe-zed" }, index.People.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal("Zoe Zed", index.People["zoe-zed"].Name);
        Assert.Equal(new[] { "ann-example", "zoe-zed" }, index.Ids[RegistryKind.Person].OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "example-news" }, index.Ids[RegistryKind.Outlet]);
        Assert.Equal(new[] { "elapsed-time", "troops-deployed" }, index.Ids[RegistryKind.Measure].OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "soldier", "year" }, index.Ids[RegistryKind.Unit].OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(new[]
        {
            ("ann-example", new[] { "Ann Example" }),
            ("zoe-zed", new[] { "Zoe Zed", "Zed", "Z. Zed" }),
        }, index.Names.Select(n => (n.Id, n.Names.Select(f => f.Original).ToArray())));
    }
}
