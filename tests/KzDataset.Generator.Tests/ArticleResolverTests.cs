using System.Linq;
using System.Threading;
using KzDataset.Core.Steps;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Validation;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.ResolverCase;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The resolve step's rules on one small article each, without Roslyn: the hash, overlapping and
/// misordered spans, annotations in excluded spans, turns and the answers they make, the local id
/// namespace, the quotation-mark check, figure values, completeness and cancellation. Every
/// diagnostic is asserted in full (file, line, column, message), and so is what is kept.
/// Sidecar annotation lines start at line 9; an anchor written first is at column 16, an id written first at column 13.
/// </summary>
public sealed class ArticleResolverTests
{
    private static readonly string Interview = TextOf(
        "Case title",
        "",
        "Q: Where are you?",
        "",
        "Ann: We stay here, she said.",
        "",
        "Q: And Bob?",
        "",
        "Bob: Later today.",
        "",
        "Advertisement: buy now");

    private static readonly string Words = TextOf(
        "Case title",
        "",
        "Alpha beta gamma delta epsilon zeta.",
        "",
        "Advertisement: buy now");

    private static readonly string Numbers = TextOf(
        "Case title",
        "",
        "Prices rose 12 percent in 2021, and 40 people left.",
        "",
        "Advertisement: 2 for 1");

    private static readonly string Ads = TextOf(
        "Case title",
        "",
        "Body text here.",
        "",
        "Ad one: buy",
        "",
        "Ad two: sell");

    private static readonly string Marks = TextOf(
        "Case title",
        "",
        "He said “both sides” and then “opening only. Then closing only” and plain words end.");

    private const string AdExclusion = """{ "exact": "Advertisement: buy now", "reason": "advertisement" }""";

    private static (string Id, TurnRole Role, string? Speaker, string Text, int Source)[] Turns(string text, ResolvedArticle resolved)
        => resolved.Article!.Turns.Select(t => (t.Id, t.Role, t.SpeakerId, Of(text, t.Range), t.Source)).ToArray();

    private static (string Id, string? TurnId, bool FromTurn)[] Quotes(ResolvedArticle resolved)
        => resolved.Article!.Quotes.Select(q => (q.Id, q.TurnId, q.FromTurn)).ToArray();

    private static (RegistryKind Registry, string Id, int Line, string? QuoteId)[] References(ResolvedArticle resolved)
        => resolved.References.Select(r => (r.Registry, r.Id, r.Location.StartLine + 1, r.QuoteId)).ToArray();

    // ---- Hash ----

    [Fact]
    public void A_text_whose_hash_matches_resolves_without_diagnostics()
    {
        var resolved = Resolve(Words, new string[0]);

        Assert.Empty(Lines(resolved));
        Assert.NotNull(resolved.Article);
    }

    [Fact]
    public void A_recorded_hash_of_the_file_with_a_byte_order_mark_is_accepted()
    {
        var resolved = Resolve(Words, Sidecar(Words, new string[0], sha256: Sha256(Words, withBom: true)));

        Assert.Empty(Lines(resolved));
        Assert.Equal(Sha256(Words), resolved.Article!.Sha256);
    }

    [Fact]
    public void A_hash_that_matches_neither_form_of_the_text_is_reported_at_the_recorded_hash()
    {
        var recorded = new string('0', 64);

        var resolved = Resolve(Words, Sidecar(Words, new string[0], sha256: recorded));

        Assert.Equal(new[]
        {
            $"KZ0012 010_case.json(3,13): The SHA-256 of '010_case.txt' is {Sha256(Words)}, but the sidecar records {recorded}: seed texts are never edited, so restore the text or correct the recorded hash",
        }, Lines(resolved));
        // Only reported: the article is still resolved, with the text's real hash.
        Assert.Equal(Sha256(Words), resolved.Article!.Sha256);
    }

    // ---- Exclusions ----

    [Fact]
    public void An_exclusion_overlapping_earlier_ones_is_reported_against_the_first_listed_and_dropped()
    {
        var resolved = Resolve(Ads, Section("exclude",
            """{ "exact": "Ad two: sell", "occurrence": 2, "reason": "advertisement" }""",
            """{ "exact": "Ad two: sell", "reason": "teaser", "note": "A teaser." }""",
            """{ "exact": "Ad one: buy", "reason": "advertisement" }""",
            """{ "start": "buy", "end": "Ad two", "reason": "navigation" }""",
            """{ "exact": "text here", "reason": "html-debris" }"""));

        Assert.Equal(new[]
        {
            "KZ0102 010_case.json(10,16): Occurrence 2 of \"Ad two: sell\" was asked for, but it occurs 1 time(s) in 010_case.txt",
            "KZ0104 010_case.json(13,16): This exclusion overlaps another exclusion (line 7); exclusions must not overlap",
        }, Lines(resolved));
        // In text order; Source is the position in the sidecar's array.
        Assert.Equal(new[]
        {
            new ExclusionModel(At(Ads, "text here"), ExclusionReason.HtmlDebris, null, 4),
            new ExclusionModel(At(Ads, "Ad one: buy"), ExclusionReason.Advertisement, null, 2),
            new ExclusionModel(At(Ads, "Ad two: sell"), ExclusionReason.Teaser, "A teaser.", 1),
        }, resolved.Article!.Exclusions);
        Assert.Equal("Case title\n\nBody .", resolved.BodyText());
    }

    [Fact]
    public void An_annotation_over_two_exclusions_names_the_first_listed()
    {
        var resolved = Resolve(Ads, Section("exclude",
            """{ "exact": "Ad two: sell", "reason": "teaser" }""",
            """{ "exact": "Ad one: buy", "reason": "advertisement" }""")
            .Concat(Section("terms", """{ "start": "one", "end": "two", "kind": "term" }""")));

        Assert.Equal(new[]
        {
            "KZ0106 010_case.json(14,16): This quoted term lies in an excluded span (teaser, line 7); annotate article text only, or narrow the exclusion",
        }, Lines(resolved));
        Assert.Empty(resolved.Article!.Terms);
    }

    // ---- Turns ----

    [Fact]
    public void A_turn_before_the_previous_one_is_reported_and_skipped()
    {
        var resolved = Resolve(Interview, Section("turns",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann" }""",
            """{ "exact": "Q: Where are you?", "role": "question" }""",
            """{ "exact": "Q: And Bob?", "role": "question" }"""), format: "interview");

        Assert.Equal(new[]
        {
            "KZ0105 010_case.json(11,16): This turn (line 3) comes before the previous one (line 5); list turns in text order",
        }, Lines(resolved));
        Assert.Equal(new (string, TurnRole, string?, string, int)[]
        {
            ("turn-1", TurnRole.Answer, "ann", "Ann: We stay here, she said.", 0),
            ("turn-3", TurnRole.Question, null, "Q: And Bob?", 2),
        }, Turns(Interview, resolved));
    }

    [Fact]
    public void A_turn_overlapping_the_previous_kept_one_is_reported_and_skipped()
    {
        var resolved = Resolve(Interview, Section("turns",
            """{ "exact": "Q: Where are you?", "role": "question" }""",
            // Same start as the previous turn: an overlap, not a turn out of order.
            """{ "exact": "Q: Where", "role": "question" }""",
            // Overlaps turn 1 (the previous kept turn), not turn 2.
            """{ "exact": "you?\n\nAnn", "role": "question" }""",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann" }"""), format: "interview");

        Assert.Equal(new[]
        {
            "KZ0104 010_case.json(11,16): This turn overlaps the previous turn (line 3); turns must not overlap",
            "KZ0104 010_case.json(12,16): This turn overlaps the previous turn (line 3); turns must not overlap",
        }, Lines(resolved));
        Assert.Equal(new (string, TurnRole, string?, string, int)[]
        {
            ("turn-1", TurnRole.Question, null, "Q: Where are you?", 0),
            ("turn-4", TurnRole.Answer, "ann", "Ann: We stay here, she said.", 3),
        }, Turns(Interview, resolved));
    }

    [Fact]
    public void Turns_are_numbered_by_their_place_in_the_sidecar_even_when_skipped()
    {
        var resolved = Resolve(Interview, Section("exclude", AdExclusion).Concat(Section("turns",
            """{ "exact": "Q:", "occurrence": 3, "role": "question" }""",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann", "note": "First answer." }""",
            """{ "exact": "Advertisement", "role": "question" }""",
            """{ "exact": "Bob: Later today.", "role": "answer", "speaker": "bob" }""")), format: "interview");

        Assert.Equal(new[]
        {
            "KZ0102 010_case.json(13,16): Occurrence 3 of \"Q:\" was asked for, but it occurs 2 time(s) in 010_case.txt",
            "KZ0106 010_case.json(15,16): Turn 3 lies in an excluded span (advertisement, line 11); annotate article text only, or narrow the exclusion",
        }, Lines(resolved));
        Assert.Equal(new[]
        {
            new TurnModel("turn-2", TurnRole.Answer, "ann", At(Interview, "Ann: We stay here, she said."), "First answer.", 1),
            new TurnModel("turn-4", TurnRole.Answer, "bob", At(Interview, "Bob: Later today."), null, 3),
        }, resolved.Article!.Turns);
        // Each answer turn is its own quote, under the turn's id.
        Assert.Equal(new[]
        {
            new QuoteModel("turn-2", "ann", QuoteKind.InterviewAnswer, At(Interview, "Ann: We stay here, she said."), null, "First answer.", "turn-2", 1, FromTurn: true),
            new QuoteModel("turn-4", "bob", QuoteKind.InterviewAnswer, At(Interview, "Bob: Later today."), null, null, "turn-4", 3, FromTurn: true),
        }, resolved.Article.Quotes);
        Assert.Equal(new (RegistryKind, string, int, string?)[]
        {
            (RegistryKind.Outlet, "example-news", 5, null),
            (RegistryKind.Person, "ann", 14, "turn-2"),
            (RegistryKind.Person, "bob", 16, "turn-4"),
        }, References(resolved));
    }

    [Theory]
    [InlineData("interview", QuoteKind.InterviewAnswer)]
    [InlineData("panel", QuoteKind.PanelAnswer)]
    [InlineData("news", QuoteKind.InterviewAnswer)]
    [InlineData("analysis", QuoteKind.InterviewAnswer)]
    public void An_answer_turn_makes_a_panel_answer_in_a_panel_and_an_interview_answer_elsewhere(string format, QuoteKind kind)
    {
        var resolved = Resolve(Interview, Section("turns",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann" }"""), format: format);

        Assert.Empty(Lines(resolved));
        Assert.Equal(new[] { kind }, resolved.Article!.Quotes.Select(q => q.Kind));
    }

    [Fact]
    public void An_answer_whose_id_becomes_the_articles_identifier_is_reported_and_makes_no_quote()
    {
        var resolved = Resolve(Interview, Section("turns",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann" }"""), format: "interview", id: "turn-1");

        Assert.Equal(new[]
        {
            "KZ0022 010_case.json(10,16): The answer id 'turn-1' becomes the C# identifier 'Turn1', the name of its article's class; rename it",
        }, Lines(resolved));
        // The turn itself is kept, and its speaker still checked.
        Assert.Equal(new[] { "turn-1" }, resolved.Article!.Turns.Select(t => t.Id));
        Assert.Empty(resolved.Article.Quotes);
        Assert.Equal(new (RegistryKind, string, int, string?)[]
        {
            (RegistryKind.Outlet, "example-news", 5, null),
            (RegistryKind.Person, "ann", 10, "turn-1"),
        }, References(resolved));
    }

    [Fact]
    public void A_quote_cannot_take_the_id_of_an_answer_turn()
    {
        var resolved = Resolve(Interview, Section("turns",
            """{ "exact": "Q: Where are you?", "role": "question" }""",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann" }""").Concat(Section("quotes",
            """{ "id": "turn-2", "exact": "We stay here", "speaker": "ann", "kind": "interview-answer" }""")), format: "interview");

        Assert.Equal(new[]
        {
            "KZ0021 010_case.json(14,13): Duplicate quote id 'turn-2': it is also used at line 11",
        }, Lines(resolved));
        Assert.Equal(new[] { ("turn-2", (string?)"turn-2", true) }, Quotes(resolved));
    }

    // ---- Answers outside their turn ----

    [Fact]
    public void An_answer_quote_must_lie_in_an_answer_turn_of_its_speaker()
    {
        var resolved = Resolve(Interview, Section("turns",
            """{ "exact": "Q: Where are you?", "role": "question" }""",
            """{ "exact": "Ann: We stay here, she said.", "role": "answer", "speaker": "ann" }""",
            """{ "exact": "Q: And Bob?", "role": "question", "speaker": "ann" }""",
            """{ "exact": "Bob: Later today.", "role": "answer", "speaker": "bob" }""").Concat(Section("quotes",
            """{ "exact": "We stay here", "id": "in-own-turn", "speaker": "ann", "kind": "interview-answer" }""",
            """{ "exact": "Case title", "id": "in-no-turn", "speaker": "ann", "kind": "interview-answer" }""",
            """{ "exact": "Where are you", "id": "in-a-question", "speaker": "ann", "kind": "interview-answer" }""",
            """{ "exact": "And Bob", "id": "in-her-question", "speaker": "ann", "kind": "panel-answer" }""",
            """{ "exact": "Later today", "id": "in-bobs-answer", "speaker": "ann", "kind": "panel-answer" }""",
            """{ "exact": "Later", "id": "bobs-own", "speaker": "bob", "kind": "panel-answer" }""",
            """{ "exact": "she said", "id": "not-an-answer", "speaker": "ann", "kind": "indirect" }""")), format: "interview");

        Assert.Equal(new[]
        {
            "KZ0203 010_case.json(17,16): Interview answer 'in-no-turn' by 'ann' is not inside an answer turn of 'ann' (it is in no turn)",
            "KZ0203 010_case.json(18,16): Interview answer 'in-a-question' by 'ann' is not inside an answer turn of 'ann' (it is in turn-1, a question with no speaker)",
            "KZ0203 010_case.json(19,16): Interview answer 'in-her-question' by 'ann' is not inside an answer turn of 'ann' (it is in turn-3, a question of 'ann')",
            "KZ0203 010_case.json(20,16): Interview answer 'in-bobs-answer' by 'ann' is not inside an answer turn of 'ann' (it is in turn-4, a answer of 'bob')",
        }, Lines(resolved));
        Assert.Equal(new (string, string?, bool)[]
        {
            ("turn-2", "turn-2", true),
            ("in-own-turn", "turn-2", false),
            ("not-an-answer", null, false),
            ("turn-4", "turn-4", true),
            ("bobs-own", "turn-4", false),
        }, Quotes(resolved));
        // A question's speaker is checked without a quote; every quote's speaker is checked, kept or not.
        Assert.Equal(new (RegistryKind, string, int, string?)[]
        {
            (RegistryKind.Outlet, "example-news", 5, null),
            (RegistryKind.Person, "ann", 11, "turn-2"),
            (RegistryKind.Person, "ann", 12, null),
            (RegistryKind.Person, "bob", 13, "turn-4"),
            (RegistryKind.Person, "ann", 16, "in-own-turn"),
            (RegistryKind.Person, "ann", 17, "in-no-turn"),
            (RegistryKind.Person, "ann", 18, "in-a-question"),
            (RegistryKind.Person, "ann", 19, "in-her-question"),
            (RegistryKind.Person, "ann", 20, "in-bobs-answer"),
            (RegistryKind.Person, "bob", 21, "bobs-own"),
            (RegistryKind.Person, "ann", 22, "not-an-answer"),
        }, References(resolved));
    }

    // ---- Local ids ----

    [Fact]
    public void Quote_figure_and_correction_ids_share_one_namespace_of_distinct_identifiers()
    {
        var resolved = Resolve(Words, Section("quotes",
            """{ "id": "q-1", "exact": "Alpha", "speaker": "ann", "kind": "indirect" }""",
            """{ "id": "q-1", "exact": "beta", "speaker": "ann", "kind": "indirect" }""",
            """{ "id": "q1", "exact": "gamma", "speaker": "ann", "kind": "indirect" }""",
            """{ "id": "case-article", "exact": "delta", "speaker": "ann", "kind": "indirect" }""",
            """{ "id": "all", "exact": "epsilon", "speaker": "ann", "kind": "indirect" }""",
            // Rejected ids are not taken: the same id again is a collision again, not a duplicate.
            """{ "id": "all", "exact": "zeta", "speaker": "ann", "kind": "indirect" }""",
            // An id is taken before its anchor is resolved.
            """{ "id": "q-2", "exact": "beta", "occurrence": 2, "speaker": "ann", "kind": "indirect" }""")
            .Concat(Section("figures",
            """{ "id": "q-2", "exact": "zeta", "value": 1, "unit": "u", "measure": "m", "qualifier": "exact", "subject": "s" }""",
            """{ "id": "by-measure", "exact": "zeta", "value": 1, "unit": "u", "measure": "m", "qualifier": "exact", "subject": "s" }"""))
            .Concat(Section("corrections",
            """{ "id": "q-1", "exact": "Alpha", "correct": "Alfa", "kind": "typo" }""",
            """{ "id": "q-3", "exact": "beta", "correct": "Beta", "kind": "typo" }""",
            """{ "id": "q3", "exact": "gamma", "correct": "Gamma", "kind": "typo" }""")));

        Assert.Equal(new[]
        {
            "KZ0021 010_case.json(11,13): Duplicate quote id 'q-1': it is also used at line 10",
            "KZ0022 010_case.json(12,13): The quote id 'q1' becomes the C# identifier 'Q1', as does 'q-1'; rename it",
            "KZ0022 010_case.json(13,13): The quote id 'case-article' becomes the C# identifier 'CaseArticle', the name of its article's class; rename it",
            "KZ0022 010_case.json(14,13): The quote id 'all' becomes the C# identifier 'All', a name the generated catalogs already use; rename it",
            "KZ0022 010_case.json(15,13): The quote id 'all' becomes the C# identifier 'All', a name the generated catalogs already use; rename it",
            "KZ0102 010_case.json(16,29): Occurrence 2 of \"beta\" was asked for, but it occurs 1 time(s) in 010_case.txt",
            "KZ0021 010_case.json(19,13): Duplicate figure id 'q-2': it is also used at line 16",
            "KZ0022 010_case.json(20,13): The figure id 'by-measure' becomes the C# identifier 'ByMeasure', a name the generated catalogs already use; rename it",
            "KZ0021 010_case.json(23,13): Duplicate correction id 'q-1': it is also used at line 10",
            "KZ0022 010_case.json(25,13): The correction id 'q3' becomes the C# identifier 'Q3', as does 'q-3'; rename it",
        }, Lines(resolved));
        Assert.Equal(new[] { "q-1" }, resolved.Article!.Quotes.Select(q => q.Id));
        Assert.Empty(resolved.Article.Figures);
        Assert.Equal(new[] { "q-3" }, resolved.Article.Corrections.Select(c => c.Id));
    }

    [Fact]
    public void The_articles_own_identifier_is_named_before_a_catalog_member()
    {
        var resolved = Resolve(Words, Section("quotes",
            """{ "id": "all", "exact": "Alpha", "speaker": "ann", "kind": "indirect" }"""), id: "all");

        Assert.Equal(new[]
        {
            "KZ0022 010_case.json(10,13): The quote id 'all' becomes the C# identifier 'All', the name of its article's class; rename it",
        }, Lines(resolved));
    }

    // ---- Excluded spans ----

    [Fact]
    public void Quotes_corrections_and_terms_in_an_excluded_span_are_reported_and_dropped()
    {
        var resolved = Resolve(Words, Section("exclude", AdExclusion)
            .Concat(Section("quotes",
            """{ "exact": "buy now", "id": "q-ad", "speaker": "ann", "kind": "indirect" }""",
            """{ "exact": "Alpha", "id": "q-alpha", "speaker": "ann", "kind": "indirect" }"""))
            .Concat(Section("corrections",
            """{ "exact": "buy now", "id": "c-ad", "correct": "buy", "kind": "typo" }""",
            """{ "exact": "Alpha", "id": "c-alpha", "correct": "Alfa", "kind": "typo", "note": "Greek." }""",
            """{ "exact": "beta", "occurrence": 2, "id": "c-beta", "correct": "Beta", "kind": "typo" }"""))
            .Concat(Section("terms",
            """{ "exact": "Advertisement", "kind": "term" }""",
            """{ "exact": "zeta", "kind": "mention", "note": "A mention." }""",
            """{ "exact": "beta", "kind": "scare-quote" }""",
            """{ "exact": "Alpha", "occurrence": 2, "kind": "name" }""")));

        Assert.Equal(new[]
        {
            "KZ0106 010_case.json(13,16): Quote 'q-ad' lies in an excluded span (advertisement, line 5); annotate article text only, or narrow the exclusion",
            "KZ0106 010_case.json(17,16): Correction 'c-ad' lies in an excluded span (advertisement, line 5); annotate article text only, or narrow the exclusion",
            "KZ0102 010_case.json(19,16): Occurrence 2 of \"beta\" was asked for, but it occurs 1 time(s) in 010_case.txt",
            "KZ0106 010_case.json(22,16): This quoted term lies in an excluded span (advertisement, line 5); annotate article text only, or narrow the exclusion",
            "KZ0102 010_case.json(25,16): Occurrence 2 of \"Alpha\" was asked for, but it occurs 1 time(s) in 010_case.txt",
        }, Lines(resolved));
        Assert.Equal(new[] { "q-alpha" }, resolved.Article!.Quotes.Select(q => q.Id));
        Assert.Equal(new[] { new CorrectionModel("c-alpha", At(Words, "Alpha"), "Alfa", CorrectionKind.Typo, "Greek.", 1) }, resolved.Article.Corrections);
        Assert.Equal(new[]
        {
            new TermModel(At(Words, "beta"), TermKind.ScareQuote, null, 2),
            new TermModel(At(Words, "zeta"), TermKind.Mention, "A mention.", 1),
        }, resolved.Article.Terms);
        // The quote in the excluded span names no speaker to check.
        Assert.Equal(new (RegistryKind, string, int, string?)[]
        {
            (RegistryKind.Outlet, "example-news", 5, null),
            (RegistryKind.Person, "ann", 14, "q-alpha"),
        }, References(resolved));
    }

    // ---- Figures ----

    [Fact]
    public void Figures_must_not_overlap_must_state_their_value_and_lie_in_the_article()
    {
        var resolved = Resolve(Numbers, Section("exclude", """{ "exact": "Advertisement: 2 for 1", "reason": "advertisement" }""")
            .Concat(Section("figures",
            """{ "exact": "12 percent", "id": "f-rate", "value": 12, "unit": "percent", "measure": "price-change", "qualifier": "exact", "subject": "prices", "statedBy": "ann" }""",
            """{ "exact": "2021", "id": "f-year", "value": 2020, "unit": "year", "measure": "date", "qualifier": "exact", "subject": "the year", "reading": "The year before is meant." }""",
            """{ "exact": "rose 12", "id": "f-overlap", "value": 12, "unit": "percent", "measure": "price-change", "qualifier": "exact", "subject": "prices" }""",
            """{ "exact": "percent in 2021", "id": "f-both", "value": 2021, "unit": "year", "measure": "date", "qualifier": "exact", "subject": "the year" }""",
            """{ "exact": "40 people", "id": "f-people", "value": 41, "unit": "person", "measure": "departures", "qualifier": "exact", "subject": "people who left" }""",
            """{ "exact": "2 for 1", "id": "f-ad", "value": 2, "unit": "unit", "measure": "offer", "qualifier": "exact", "subject": "an offer" }""",
            """{ "exact": "40 people", "occurrence": 2, "id": "f-twice", "value": 40, "unit": "person", "measure": "departures", "qualifier": "exact", "subject": "people" }""")));

        Assert.Equal(new[]
        {
            "KZ0104 010_case.json(15,16): Figure 'f-overlap' overlaps figure 'f-rate' (line 3); figures must not overlap",
            "KZ0104 010_case.json(16,16): Figure 'f-both' overlaps figure 'f-rate' (line 3); figures must not overlap",
            "KZ0200 010_case.json(17,56): Figure 'f-people' gives value 41, but its text \"40 people\" reads 40; fix the value, or add \"reading\" with the reason for a deliberate reading",
            "KZ0106 010_case.json(18,16): Figure 'f-ad' lies in an excluded span (advertisement, line 5); annotate article text only, or narrow the exclusion",
            "KZ0102 010_case.json(19,16): Occurrence 2 of \"40 people\" was asked for, but it occurs 1 time(s) in 010_case.txt",
        }, Lines(resolved));
        Assert.Equal(new[]
        {
            new FigureModel("f-rate", At(Numbers, "12 percent"), 12m, null, null, "percent", "price-change", FigureQualifier.Exact, "prices", null, "ann", null, null, 0),
            // A "reading" skips the value check.
            new FigureModel("f-year", At(Numbers, "2021"), 2020m, null, null, "year", "date", FigureQualifier.Exact, "the year", null, null, "The year before is meant.", null, 1),
        }, resolved.Article!.Figures);
        // Units and measures are checked for every figure that lies in the text on its own, even one whose value is wrong.
        Assert.Equal(new (RegistryKind, string, int, string?)[]
        {
            (RegistryKind.Outlet, "example-news", 5, null),
            (RegistryKind.Unit, "percent", 13, null),
            (RegistryKind.Measure, "price-change", 13, null),
            (RegistryKind.Person, "ann", 13, null),
            (RegistryKind.Unit, "year", 14, null),
            (RegistryKind.Measure, "date", 14, null),
            (RegistryKind.Unit, "person", 17, null),
            (RegistryKind.Measure, "departures", 17, null),
        }, References(resolved));
    }

    // ---- Quotation marks ----

    public static TheoryData<string, string, string, string?> MarksCases => new()
    {
        // kind, span (its actual marks), "marks" field (empty: the default), what the check finds (null: accepted)
        { "direct", "both sides", "", null },
        { "direct", "both sides", "both", null },
        { "direct", "both sides", "none", "has marks on both sides, but \"marks\" is \"none\"" },
        { "direct", "both sides", "opening", "has marks on both sides, but \"marks\" is \"opening\"" },
        { "direct", "opening only", "", "has an opening mark but no closing mark, but \"marks\" is \"both\"" },
        { "direct", "opening only", "opening", null },
        { "direct", "opening only", "closing", "has an opening mark but no closing mark, but \"marks\" is \"closing\"" },
        { "direct", "closing only", "", "has a closing mark but no opening mark, but \"marks\" is \"both\"" },
        { "direct", "closing only", "closing", null },
        { "direct", "closing only", "none", "has a closing mark but no opening mark, but \"marks\" is \"none\"" },
        { "direct", "plain words", "", "has no quotation mark before or after it, but \"marks\" is \"both\"" },
        { "direct", "plain words", "opening", "has no quotation mark before or after it, but \"marks\" is \"opening\"" },
        { "direct", "plain words", "none", "has no quotation mark before or after it" },
        { "slogan", "both sides", "", null },
        { "slogan", "both sides", "none", "has marks on both sides, but \"marks\" is \"none\"" },
        { "slogan", "plain words", "none", "has no quotation mark before or after it" },
        { "slogan", "opening only", "opening", null },
        { "indirect", "both sides", "", null },
        { "indirect", "opening only", "", null },
        { "indirect", "closing only", "none", null },
        { "indirect", "plain words", "", null },
        { "indirect", "both sides", "both", null },
        { "indirect", "closing only", "closing", null },
        { "indirect", "plain words", "both", "has no quotation mark before or after it, but \"marks\" is \"both\"" },
        { "indirect", "both sides", "opening", "has marks on both sides, but \"marks\" is \"opening\"" },
        { "indirect", "opening only", "closing", "has an opening mark but no closing mark, but \"marks\" is \"closing\"" },
        { "indirect", "closing only", "opening", "has a closing mark but no opening mark, but \"marks\" is \"opening\"" },
    };

    [Theory]
    [MemberData(nameof(MarksCases))]
    public void The_marks_field_must_state_the_marks_the_text_has_around_the_quote(string kind, string span, string marks, string? found)
    {
        var marksField = marks.Length == 0 ? string.Empty : $", \"marks\": \"{marks}\"";

        var resolved = Resolve(Marks, Section("quotes",
            $$"""{ "exact": "{{span}}", "id": "q", "speaker": "ann", "kind": "{{kind}}"{{marksField}} }"""));

        if (found is null)
        {
            Assert.Empty(Lines(resolved));
            Assert.Equal(new[] { "q" }, resolved.Article!.Quotes.Select(q => q.Id));
        }
        else
        {
            Assert.Equal(new[]
            {
                $"KZ0202 010_case.json(10,16): Direct quote 'q' {found}; fix the span, set \"marks\" to the marks the text really has, or use kind \"indirect\"",
            }, Lines(resolved));
            Assert.Empty(resolved.Article!.Quotes);
            // The speaker is still checked.
            Assert.Equal(new[] { "q" }, resolved.References.Select(r => r.QuoteId).Where(q => q is not null));
        }
    }

    [Fact]
    public void A_mark_at_the_very_start_of_the_text_opens_a_quote()
    {
        var text = TextOf("“Both sides” open the text.");

        var resolved = Resolve(text, Sidecar(text, Section("quotes", """{ "exact": "Both sides", "id": "q", "speaker": "ann", "kind": "direct" }"""),
            title: """null, "titleNote": "No headline." """));

        Assert.Empty(Lines(resolved));
        Assert.Equal(new[] { "q" }, resolved.Article!.Quotes.Select(q => q.Id));
    }

    // ---- Completeness, ignores and cues ----

    private static readonly string Count = TextOf(
        "Case title",
        "",
        "Ann said “we stay” and 12 ships came, 7 left, 3 sank; a “term” here.",
        "",
        "Ad: 5 more");

    private static string[] CountAnnotations() => Section("exclude", """{ "exact": "Ad: 5 more", "reason": "advertisement" }""")
        .Concat(Section("quotes", """{ "exact": "we stay", "id": "q", "speaker": "ann", "kind": "direct" }"""))
        .Concat(Section("figures", """{ "exact": "12 ships", "id": "f", "value": 12, "unit": "ship", "measure": "arrivals", "qualifier": "exact", "subject": "ships" }"""))
        .Concat(Section("terms", """{ "exact": "term", "kind": "term" }"""))
        .Concat(Section("ignore",
            """{ "exact": "7", "reason": "not-a-quantity" }""",
            """{ "exact": "7", "occurrence": 2, "reason": "date" }"""))
        .ToArray();

    [Fact]
    public void The_completeness_check_reports_what_no_figure_quote_term_or_ignore_entry_covers()
    {
        var resolved = Resolve(Count, CountAnnotations(), checkCompleteness: true);

        Assert.Equal(new[]
        {
            "KZ0102 010_case.json(23,16): Occurrence 2 of \"7\" was asked for, but it occurs 1 time(s) in 010_case.txt",
            "KZ0300 010_case.txt(3,47): Number \"3\" in 010_case.txt (line 3) is covered by no figure and no ignore entry",
        }, Lines(resolved));
    }

    [Fact]
    public void Without_the_completeness_check_only_the_annotations_are_checked()
    {
        var resolved = Resolve(Count, CountAnnotations(), checkCompleteness: false);

        Assert.Equal(new[]
        {
            "KZ0102 010_case.json(23,16): Occurrence 2 of \"7\" was asked for, but it occurs 1 time(s) in 010_case.txt",
        }, Lines(resolved));
        Assert.NotNull(resolved.Article);
    }

    [Fact]
    public void Cues_that_resolve_are_kept_and_the_others_reported()
    {
        var text = Numbers;
        var resolved = Resolve(text, Sidecar(text, new string[0],
            outlet: """{ "id": "example-news", "inferred": false, "cues": [ { "exact": "Prices" }, { "exact": "Prices", "occurrence": 2 } ] }""",
            published: """{ "date": "2021", "inferred": false, "cues": [ { "exact": "in", "occurrence": 3 }, { "exact": "2021" } ] }"""));

        Assert.Equal(new[]
        {
            "KZ0102 010_case.json(5,100): Occurrence 2 of \"Prices\" was asked for, but it occurs 1 time(s) in 010_case.txt",
            "KZ0102 010_case.json(6,74): Occurrence 3 of \"in\" was asked for, but it occurs 1 time(s) in 010_case.txt",
        }, Lines(resolved));
        Assert.Equal(new[] { At(text, "Prices") }, resolved.Article!.OutletCues);
        Assert.Equal(new[] { At(text, "2021") }, resolved.Article.Published.Cues);
    }

    // ---- Through the seed checks ----

    [Fact]
    public void In_the_seed_checks_a_dropped_quote_leaves_its_marks_to_the_completeness_check()
    {
        Assert.Empty(SeedChecks.Lines(SeedChecks.Run(Fixtures.Corpus)));

        var result = SeedChecks.Run(Fixtures.Corpus.Edit(Fixtures.NewsSidecar,
            "\"occurrence\": 2, \"cue\": \"said\" }", "\"occurrence\": 2, \"cue\": \"said\", \"marks\": \"opening\" }"));

        Assert.Equal(new[]
        {
            "KZ0202 001_tiny.json(17,75): Direct quote 'peace' has marks on both sides, but \"marks\" is \"opening\"; fix the span, set \"marks\" to the marks the text really has, or use kind \"indirect\"",
            "KZ0301 001_tiny.txt(3,10): Quotation mark “ in 001_tiny.txt (line 3) belongs to no quote, term or ignore entry",
            "KZ0301 001_tiny.txt(3,25): Quotation mark ” in 001_tiny.txt (line 3) belongs to no quote, term or ignore entry",
        }, SeedChecks.Lines(result));
        Assert.Equal(new[] { "peace-title", "soldiers-arrived" }, result.Corpus.Articles.Single(a => a.Id == "tiny-article").Quotes.Select(q => q.LocalId));
    }

    // ---- Cancellation ----

    [Fact]
    public void A_cancelled_resolve_throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<System.OperationCanceledException>(() => ResolveCancellable(Words, Sidecar(Words, new string[0]), checkCompleteness: true, source.Token));
    }

    [Fact]
    public void Cancellation_is_checked_before_any_anchor_is_resolved()
    {
        // A probe no parser would make: an exclusion anchor without a quotation, which fails if resolved.
        var sidecar = SeedSteps.ParseSidecar(SidecarPath, Sidecar(Words, new string[0]));
        var unresolvable = new RawAnchor(null, null, null, null, null, null, default);
        var probe = sidecar with
        {
            Article = sidecar.Article! with { Exclusions = new EquatableArray<RawExclusion>(new[] { new RawExclusion(unresolvable, ExclusionReason.Advertisement, null) }) },
        };
        var text = SeedSteps.ReadText(TextPath, Words);
        using var source = new CancellationTokenSource();
        source.Cancel();

        var reached = Record.Exception(() => ArticleResolver.Resolve(probe, text, checkCompleteness: true, TestContext.Current.CancellationToken));
        Assert.NotNull(reached);
        Assert.IsNotType<System.OperationCanceledException>(reached, exactMatch: false);
        Assert.Throws<System.OperationCanceledException>(() => ArticleResolver.Resolve(probe, text, checkCompleteness: true, source.Token));
    }
}
