using System.Linq;
using KzDataset.Core.Steps;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Text;
using KzDataset.Core.Validation;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.ResolverCase;

namespace KzDataset.Generator.Tests;

/// <summary>
/// What the resolve step hands on: the article model of a fully annotated interview (every
/// annotation in text order, with its place in the sidecar as Source; answers derived from turns),
/// the references the link step checks, and what is kept when the sidecar or its text is missing.
/// </summary>
public sealed class ArticleResolverModelTests
{
    private static readonly string Full = TextOf(
        "Case title",
        "",
        "Q: Where are you?",
        "",
        "Ann: “We stay here,” she said. Prices rose 12 percent.",
        "",
        "Advertisement: 2 for 1",
        "",
        "Q: And the “plan” now?",
        "",
        "Ann: Dozens of ships, she said, and 40 people left. Sofia is the capitol.");

    // Annotations listed out of text order where order is a choice; the model lists them in text order.
    private static readonly string FullSidecar = Sidecar(Full,
        Section("exclude",
            """{ "exact": "Advertisement: 2 for 1", "reason": "advertisement", "note": "An ad." }""")
        .Concat(Section("turns",
            """{ "exact": "Q: Where are you?", "role": "question", "speaker": "host" }""",
            """{ "exact": "Ann: “We stay here,” she said. Prices rose 12 percent.", "role": "answer", "speaker": "ann", "note": "First answer." }""",
            """{ "exact": "Q: And the “plan” now?", "role": "question" }""",
            """{ "exact": "Ann: Dozens of ships, she said, and 40 people left. Sofia is the capitol.", "role": "answer", "speaker": "ann" }"""))
        .Concat(Section("quotes",
            """{ "exact": "Dozens of ships", "id": "ships", "speaker": "ann", "kind": "interview-answer", "note": "Vague." }""",
            """{ "exact": "We stay here", "id": "stay-quoted", "speaker": "ann", "kind": "direct", "cue": "she said" }""",
            """{ "exact": "We stay here", "id": "stay-answered", "speaker": "ann", "kind": "interview-answer" }""",
            """{ "exact": "We stay", "id": "stay", "speaker": "ann", "kind": "indirect" }"""))
        .Concat(Section("figures",
            """{ "exact": "40 people", "id": "leavers", "value": 40, "unit": "person", "measure": "departures", "qualifier": "exact", "subject": "people who left", "asOf": "2022-01", "note": "Left." }""",
            """{ "exact": "Dozens", "id": "dozens", "lower": 24, "unit": "ship", "measure": "fleet-size", "qualifier": "at-least", "subject": "ships", "reading": "Dozens read as at least 24." }""",
            """{ "exact": "12 percent", "id": "rate", "value": 12, "unit": "percent", "measure": "price-change", "qualifier": "exact", "subject": "prices", "statedBy": "ann" }"""))
        .Concat(Section("corrections",
            """{ "exact": "capitol", "id": "capitol", "correct": "capital", "kind": "typo", "note": "Misspelt." }""",
            """{ "exact": "Where", "id": "where", "correct": "Where exactly", "kind": "rewording" }"""))
        .Concat(Section("terms",
            """{ "exact": "Sofia", "kind": "name" }""",
            """{ "exact": "plan", "kind": "scare-quote", "note": "Ironic." }""")),
        format: "interview",
        outlet: """{ "id": "example-news", "inferred": false, "note": "From the dateline.", "cues": [ { "exact": "Prices" } ] }""",
        published: """{ "date": "2022-01-07", "inferred": false, "note": "Dated.", "cues": [ { "exact": "now" } ] }""",
        language: """{ "original": "fr", "processing": ["machine-translated"], "note": "Via English." }""");

    private static TextRange At(string passage) => ResolverCase.At(Full, passage);

    [Fact]
    public void A_fully_annotated_interview_resolves_without_diagnostics_even_with_the_completeness_check()
    {
        var resolved = Resolve(Full, FullSidecar, checkCompleteness: true);

        Assert.Empty(Lines(resolved));
        Assert.NotNull(resolved.Article);
    }

    [Fact]
    public void The_article_carries_the_sidecars_facts_and_the_texts_identity()
    {
        var sidecar = SeedSteps.ParseSidecar(SidecarPath, FullSidecar);
        var text = SeedSteps.ReadText(TextPath, Full)!;

        var resolved = ArticleResolver.Resolve(sidecar, text, checkCompleteness: true, TestContext.Current.CancellationToken);

        var article = resolved.Article!;
        Assert.Equal("case-article", article.Id);
        Assert.Equal("010_case.txt", article.SeedFile);
        Assert.Equal(Sha256(Full), article.Sha256);
        Assert.Equal(Full.Length, article.Length);
        Assert.Equal("Case title", article.Title);
        Assert.Equal(At("Case title"), article.TitleRange);
        Assert.Null(article.TitleNote);
        Assert.Equal("example-news", article.Outlet);
        Assert.False(article.OutletInferred);
        Assert.Equal("From the dateline.", article.OutletNote);
        Assert.Equal(new[] { At("Prices") }, article.OutletCues);
        Assert.Equal(new DateModel(2022, 1, 7, DatePrecision.Day, false, "Dated.", new EquatableArray<TextRange>(new[] { At("now") })), article.Published);
        Assert.Equal(new LanguageModel("fr", TextProcessing.MachineTranslated, "Via English."), article.Language);
        Assert.Equal(ArticleFormat.Interview, article.Format);
        Assert.Empty(article.Mentions);
        Assert.Equal(sidecar.Article!.Fingerprint, article.SidecarFingerprint);
        Assert.Equal(text.Fingerprint, article.TextFingerprint);
        Assert.NotEqual(article.SidecarFingerprint, article.TextFingerprint);

        Assert.Equal("/repo/seeds/010_case.json", resolved.SidecarPath);
        Assert.Equal("010_case", resolved.BaseName);
        Assert.Equal("case-article", resolved.ArticleId);
        Assert.Equal((1, 8), (resolved.IdLocation.StartLine, resolved.IdLocation.StartColumn));
        Assert.Same(text, resolved.Text);
        Assert.Equal(article.Paragraphs, resolved.BodyParagraphs);
        Assert.Equal(Full.Replace("Advertisement: 2 for 1\n\n", string.Empty), resolved.BodyText());
    }

    [Fact]
    public void Every_annotation_is_listed_in_text_order_with_its_place_in_the_sidecar()
    {
        var article = Resolve(Full, FullSidecar).Article!;

        Assert.Equal(new[] { new ExclusionModel(At("Advertisement: 2 for 1"), ExclusionReason.Advertisement, "An ad.", 0) }, article.Exclusions);
        Assert.Equal(new[]
        {
            new TurnModel("turn-1", TurnRole.Question, "host", At("Q: Where are you?"), null, 0),
            new TurnModel("turn-2", TurnRole.Answer, "ann", At("Ann: “We stay here,” she said. Prices rose 12 percent."), "First answer.", 1),
            new TurnModel("turn-3", TurnRole.Question, null, At("Q: And the “plan” now?"), null, 2),
            new TurnModel("turn-4", TurnRole.Answer, "ann", At("Ann: Dozens of ships, she said, and 40 people left. Sofia is the capitol."), null, 3),
        }, article.Turns);
        var weStayHere = At("We stay here");
        // By start, then end, then id: "We stay" ends first; the two quotes of the same span by id.
        Assert.Equal(new[]
        {
            new QuoteModel("turn-2", "ann", QuoteKind.InterviewAnswer, At("Ann: “We stay here,” she said. Prices rose 12 percent."), null, "First answer.", "turn-2", 1, FromTurn: true),
            new QuoteModel("stay", "ann", QuoteKind.Indirect, new TextRange(weStayHere.Start, weStayHere.Start + "We stay".Length), null, null, null, 3, FromTurn: false),
            new QuoteModel("stay-answered", "ann", QuoteKind.InterviewAnswer, weStayHere, null, null, "turn-2", 2, FromTurn: false),
            new QuoteModel("stay-quoted", "ann", QuoteKind.Direct, weStayHere, "she said", null, null, 1, FromTurn: false),
            new QuoteModel("turn-4", "ann", QuoteKind.InterviewAnswer, At("Ann: Dozens of ships, she said, and 40 people left. Sofia is the capitol."), null, null, "turn-4", 3, FromTurn: true),
            new QuoteModel("ships", "ann", QuoteKind.InterviewAnswer, At("Dozens of ships"), null, "Vague.", "turn-4", 0, FromTurn: false),
        }, article.Quotes);
        Assert.Equal(new[]
        {
            new FigureModel("rate", At("12 percent"), 12m, null, null, "percent", "price-change", FigureQualifier.Exact, "prices", null, "ann", null, null, 2),
            new FigureModel("dozens", At("Dozens"), null, 24m, null, "ship", "fleet-size", FigureQualifier.AtLeast, "ships", null, null, "Dozens read as at least 24.", null, 1),
            new FigureModel("leavers", At("40 people"), 40m, null, null, "person", "departures", FigureQualifier.Exact, "people who left", "2022-01", null, null, "Left.", 0),
        }, article.Figures);
        Assert.Equal(new[]
        {
            new CorrectionModel("where", At("Where"), "Where exactly", CorrectionKind.Rewording, null, 1),
            new CorrectionModel("capitol", At("capitol"), "capital", CorrectionKind.Typo, "Misspelt.", 0),
        }, article.Corrections);
        Assert.Equal(new[]
        {
            new TermModel(At("plan"), TermKind.ScareQuote, "Ironic.", 1),
            new TermModel(At("Sofia"), TermKind.Name, null, 0),
        }, article.Terms);
    }

    [Fact]
    public void References_list_the_outlet_speakers_units_and_measures_in_sidecar_order()
    {
        var resolved = Resolve(Full, FullSidecar);

        Assert.Equal(new (RegistryKind, string, int, int, string?)[]
        {
            (RegistryKind.Outlet, "example-news", 5, 21, null),
            (RegistryKind.Person, "host", 13, 68, null),
            (RegistryKind.Person, "ann", 14, 103, "turn-2"),
            (RegistryKind.Person, "ann", 16, 122, "turn-4"),
            (RegistryKind.Person, "ann", 19, 61, "ships"),
            (RegistryKind.Person, "ann", 20, 64, "stay-quoted"),
            (RegistryKind.Person, "ann", 21, 66, "stay-answered"),
            (RegistryKind.Person, "ann", 22, 52, "stay"),
            (RegistryKind.Unit, "person", 25, 67, null),
            (RegistryKind.Measure, "departures", 25, 88, null),
            (RegistryKind.Unit, "ship", 26, 63, null),
            (RegistryKind.Measure, "fleet-size", 26, 82, null),
            (RegistryKind.Unit, "percent", 27, 65, null),
            (RegistryKind.Measure, "price-change", 27, 87, null),
            (RegistryKind.Person, "ann", 27, 158, null),
        }, resolved.References.Select(r => (r.Registry, r.Id, r.Location.StartLine + 1, r.Location.StartColumn + 1, r.QuoteId)));
    }

    [Fact]
    public void A_null_title_gives_no_title_and_keeps_its_note()
    {
        var resolved = Resolve(Full, Sidecar(Full, new string[0], title: """null, "titleNote": "No headline." """));

        Assert.Empty(Lines(resolved));
        Assert.Null(resolved.Article!.Title);
        Assert.Null(resolved.Article.TitleRange);
        Assert.Equal("No headline.", resolved.Article.TitleNote);
    }

    [Fact]
    public void The_sidecars_own_diagnostics_come_first()
    {
        var sidecar = Sidecar(Full, new string[0], sha256: new string('a', 64)).Replace("\"format\": \"news\",", "\"format\": \"news\", \"titel\": 1,");

        var resolved = Resolve(Full, sidecar);

        Assert.Equal(new[] { "KZ0003", "KZ0012" }, resolved.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("  \"outlet\": { \"id\": \"example-news\", \"inferred\": true },\n", "KZ0002 010_case.json(1,1): Required field 'outlet' is missing in the article")]
    [InlineData("  \"published\": { \"date\": \"2022-01-07\", \"inferred\": true },\n", "KZ0002 010_case.json(1,1): Required field 'published' is missing in the article")]
    [InlineData("  \"language\": { \"original\": \"en\" },\n", "KZ0002 010_case.json(1,1): Required field 'language' is missing in the article")]
    [InlineData("  \"format\": \"news\",\n", "KZ0002 010_case.json(1,1): Required field 'format' is missing in the article")]
    public void Without_outlet_date_language_or_format_the_annotations_are_still_checked_but_no_article_is_made(string line, string missing)
    {
        var sidecar = Sidecar(Full, Section("figures",
            """{ "exact": "40 people", "id": "leavers", "value": 41, "unit": "person", "measure": "departures", "qualifier": "exact", "subject": "people who left" }"""));
        Assert.Contains(line, sidecar);

        // The entry is on line 10; without the removed header line, on line 9.
        var resolved = Resolve(Full, sidecar.Replace(line, string.Empty));

        Assert.Equal(new[]
        {
            missing,
            "KZ0200 010_case.json(9,55): Figure 'leavers' gives value 41, but its text \"40 people\" reads 40; fix the value, or add \"reading\" with the reason for a deliberate reading",
        }, Lines(resolved));
        Assert.Null(resolved.Article);
        Assert.Equal("case-article", resolved.ArticleId);
        Assert.Equal(Full, resolved.BodyText());
        // The outlet is checked only when there is one.
        Assert.Equal(line.Contains("outlet") ? new[] { RegistryKind.Unit, RegistryKind.Measure } : new[] { RegistryKind.Outlet, RegistryKind.Unit, RegistryKind.Measure },
            resolved.References.Select(r => r.Registry));
    }

    [Fact]
    public void A_sidecar_without_its_text_is_reported_and_keeps_its_id()
    {
        var resolved = ArticleResolver.Resolve(SeedSteps.ParseSidecar(SidecarPath, FullSidecar), null, checkCompleteness: true, TestContext.Current.CancellationToken);

        Assert.Equal(new[]
        {
            "KZ0010 010_case.json(1,1): Sidecar '010_case.json' has no text: expected '010_case.txt' beside it among the seed files",
        }, Lines(resolved));
        Assert.Equal("case-article", resolved.ArticleId);
        Assert.Equal((1, 8), (resolved.IdLocation.StartLine, resolved.IdLocation.StartColumn));
        Assert.Equal(("/repo/seeds/010_case.json", "010_case"), (resolved.SidecarPath, resolved.BaseName));
        Assert.Null(resolved.Article);
        Assert.Null(resolved.Text);
        Assert.Empty(resolved.BodyParagraphs);
        Assert.Empty(resolved.References);
    }

    [Fact]
    public void A_text_that_is_not_utf8_is_reported_instead_of_resolved_against()
    {
        var text = SeedSteps.ReadText(TextPath, Full, new NotUtf8(ByteOffset: 5, CharIndex: 3))!;

        var resolved = ArticleResolver.Resolve(SeedSteps.ParseSidecar(SidecarPath, FullSidecar), text, checkCompleteness: true, TestContext.Current.CancellationToken);

        Assert.Equal(new[]
        {
            "KZ0014 010_case.txt(1,4): 010_case.txt is not valid UTF-8: byte 5 does not start or continue a UTF-8 sequence (the build reads it as U+FFFD); save the file as UTF-8",
        }, Lines(resolved));
        Assert.Same(text.Unreadable, resolved.Diagnostics.Single());
        Assert.Equal("case-article", resolved.ArticleId);
        Assert.Null(resolved.Article);
        Assert.Null(resolved.Text);
    }

    [Fact]
    public void A_sidecar_that_cannot_be_read_keeps_its_text_and_has_no_id()
    {
        var text = SeedSteps.ReadText(TextPath, Full)!;

        var resolved = ArticleResolver.Resolve(SeedSteps.ParseSidecar(SidecarPath, "not json"), text, checkCompleteness: true, TestContext.Current.CancellationToken);

        Assert.Equal(new[] { "KZ0001" }, resolved.Diagnostics.Select(d => d.Id));
        Assert.Null(resolved.ArticleId);
        Assert.Equal(SourceLocation.FileStart(SidecarPath), resolved.IdLocation);
        Assert.Null(resolved.Article);
        Assert.Same(text, resolved.Text);
        Assert.Empty(resolved.BodyParagraphs);
    }

    [Fact]
    public void Without_sidecar_content_or_text_both_are_reported()
    {
        var resolved = ArticleResolver.Resolve(SeedSteps.ParseSidecar(SidecarPath, "not json"), null, checkCompleteness: true, TestContext.Current.CancellationToken);

        Assert.Equal(new[] { "KZ0001", "KZ0010" }, resolved.Diagnostics.Select(d => d.Id));
        Assert.Null(resolved.ArticleId);
        Assert.Null(resolved.Text);
    }
}
