using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// One test per diagnostic: the clean fixture corpus with exactly one thing broken, checking the
/// id, the location in the seed file and what the message tells the annotator to do.
/// </summary>
public sealed class DiagnosticTests
{
    private static GeneratorOutcome Run(SeedSet seeds) => GeneratorHarness.Run(seeds);

    /// <summary>The fixture with the interview's figures array replaced by <paramref name="replacement"/>.</summary>
    private static SeedSet WithoutInterviewFigures(string replacement)
    {
        var sidecar = Corpus[InterviewSidecar];
        var start = sidecar.IndexOf("\"figures\": [", System.StringComparison.Ordinal);
        var end = sidecar.IndexOf(']', start) + 1;
        // The comma left before an empty replacement is a trailing comma, which sidecars allow.
        return Corpus.With(InterviewSidecar, sidecar[..start] + replacement + sidecar[end..]);
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private static void AssertIn(Diagnostic diagnostic, string file)
        => Assert.Equal(SeedSet.PathOf(file), diagnostic.Location.GetLineSpan().Path);

    [Fact]
    public void KZ0001_invalid_json_is_located_at_the_syntax_error()
    {
        var outcome = Run(Corpus.With(NewsSidecar, "{\n  \"id\": \"tiny-article\",\n  \"sha256\" \"abc\"\n}"));

        var d = outcome.Single("KZ0001");
        AssertIn(d, NewsSidecar);
        Assert.Equal((3, 12), Position(d));
        Assert.Contains("':'", d.GetMessage());
    }

    [Fact]
    public void KZ0001_a_broken_sidecar_does_not_stop_the_rest_of_the_corpus()
    {
        var outcome = Run(Corpus.With(NewsSidecar, "not json at all"));

        outcome.Single("KZ0001");
        var catalogs = string.Concat(outcome.Sources.Values);
        Assert.Contains("public static global::KzDataset.Article SecondPiece", catalogs);
        Assert.DoesNotContain("TinyArticle", catalogs);
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void KZ0002_missing_required_field_names_the_field()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"format\": \"news\",", string.Empty));

        var d = outcome.Single("KZ0002");
        AssertIn(d, NewsSidecar);
        Assert.Contains("'format'", d.GetMessage());
    }

    [Fact]
    public void KZ0003_unknown_field_suggests_the_known_one_at_its_name()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"format\": \"news\",", "\"format\": \"news\", \"titel\": 1,"));

        var d = outcome.Single("KZ0003");
        Assert.Contains("did you mean 'title'?", d.GetMessage());
        var line = Corpus[NewsSidecar].Split('\n').ToList().FindIndex(l => l.Contains("\"format\"")) + 1;
        Assert.Equal(line, Position(d).Line);
    }

    [Fact]
    public void KZ0004_wrong_json_type()
    {
        var outcome = Run(Corpus.Edit(InterviewSidecar, "\"inferred\": true, \"note\": \"Assumed", "\"inferred\": \"yes\", \"note\": \"Assumed"));

        var d = outcome.Single("KZ0004");
        Assert.Contains("must be true or false, not a string", d.GetMessage());
        AssertIn(d, InterviewSidecar);
    }

    [Fact]
    public void KZ0005_impossible_date()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"2022-01-07\"", "\"2022-02-30\""));

        Assert.Contains("has no day 30", outcome.Single("KZ0005").GetMessage());
    }

    [Fact]
    public void KZ0005_precision_that_contradicts_the_date()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"date\": \"2022-01-07\",", "\"date\": \"2022-01-07\", \"precision\": \"month\","));

        Assert.Contains("precision", outcome.Single("KZ0005").GetMessage());
    }

    [Fact]
    public void KZ0006_invalid_enum_value_suggests_the_nearest()
    {
        var outcome = Run(Corpus.Edit(InterviewSidecar, "\"format\": \"interview\"", "\"format\": \"intervew\""));

        var message = outcome.Single("KZ0006").GetMessage();
        Assert.Contains("did you mean 'interview'?", message);
        Assert.Contains("Valid values: interview, panel, news, analysis", message);
    }

    [Fact]
    public void KZ0007_value_and_bounds_together()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"value\": 2500,", "\"value\": 2500, \"lower\": 2000,"));

        Assert.Contains("either \"value\" or \"lower\"/\"upper\"", outcome.Single("KZ0007").GetMessage());
    }

    [Fact]
    public void KZ0007_lower_above_upper()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"value\": 2500,", "\"lower\": 3000, \"upper\": 2500,"));

        Assert.Contains("lower 3000 is above upper 2500", outcome.Single("KZ0007").GetMessage());
    }

    [Fact]
    public void KZ0008_id_that_is_not_a_slug()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"id\": \"tiny-article\"", "\"id\": \"Tiny Article\""));

        Assert.Contains("'Tiny Article' is not a valid id", outcome.Single("KZ0008").GetMessage());
    }

    [Fact]
    public void KZ0009_field_given_twice()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"format\": \"news\",", "\"format\": \"news\", \"format\": \"panel\","));

        Assert.Contains("'format' appears more than once", outcome.Single("KZ0009").GetMessage());
    }

    [Fact]
    public void KZ0010_sidecar_without_its_text()
    {
        var outcome = Run(Corpus.Without(NewsText));

        var d = outcome.Single("KZ0010");
        AssertIn(d, NewsSidecar);
        Assert.Contains("expected '001_tiny.txt'", d.GetMessage());
        Assert.Contains("SecondPiece", string.Concat(outcome.Sources.Values));
    }

    [Fact]
    public void KZ0011_text_without_its_sidecar()
    {
        var outcome = Run(Corpus.Without(NewsSidecar));

        var d = outcome.Single("KZ0011");
        AssertIn(d, NewsText);
        Assert.Contains("create '001_tiny.json'", d.GetMessage());
    }

    [Fact]
    public void KZ0012_edited_text_no_longer_matches_its_recorded_hash()
    {
        var sha = SeedSet.Sha256(Corpus[NewsText]);
        var outcome = Run(Corpus.Edit(NewsSidecar, "{{sha256:001_tiny.txt}}", sha).Edit(NewsText, "Tiny:", "Tiny!"));

        var d = outcome.Single("KZ0012");
        Assert.Contains("but the sidecar records " + sha, d.GetMessage());
        AssertIn(d, NewsSidecar);
    }

    [Fact]
    public void KZ0012_a_text_file_with_a_byte_order_mark_matches_the_hash_of_its_bytes()
    {
        // sha256sum of the file: the mark, then the text (the compiler hands the generator the text without the mark).
        var fileBytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Corpus[NewsText])).ToArray();
        var fileHash = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(fileBytes)).ToLowerInvariant();
        var outcome = Run(Corpus.Edit(NewsSidecar, "{{sha256:001_tiny.txt}}", fileHash));

        Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id == "KZ0012");
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void KZ0012_a_file_without_a_byte_order_mark_is_given_its_one_hash()
    {
        var recorded = new string('0', 64);
        var outcome = Run(Corpus.Edit(NewsSidecar, "{{sha256:001_tiny.txt}}", recorded));

        Assert.Equal(
            $"The SHA-256 of '001_tiny.txt' is {SeedSet.Sha256(Corpus[NewsText])}, but the sidecar records {recorded}: seed texts are never edited, so restore the text or correct the recorded hash",
            outcome.Single("KZ0012").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KZ0012_the_message_gives_the_hash_with_and_without_a_byte_order_mark()
    {
        var recorded = new string('0', 64);
        var text = System.Text.Encoding.UTF8.GetBytes(Corpus[NewsText]);
        var file = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(text).ToArray();
        var outcome = GeneratorHarness.RunWithBytes(Corpus.Edit(NewsSidecar, "{{sha256:001_tiny.txt}}", recorded), NewsText, file);

        Assert.Equal(
            $"The SHA-256 of '001_tiny.txt' is {Hex(file)} ({Hex(text)} without its byte-order mark), but the sidecar records {recorded}: seed texts are never edited, so restore the text or correct the recorded hash",
            outcome.Single("KZ0012").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Hex(byte[] bytes) => System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();

    [Fact]
    public void KZ0013_unknown_registry_file()
    {
        var outcome = Run(Corpus.With("registry/places.json", "{}"));

        Assert.Contains("'places.json' is not a registry", outcome.Single("KZ0013").GetMessage());
    }

    [Fact]
    public void KZ0020_unknown_speaker_suggests_the_registered_one_and_drops_only_that_quote()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"id\": \"peace\", \"speaker\": \"ann-example\"", "\"id\": \"peace\", \"speaker\": \"ann-exampel\""));

        Assert.Contains("Unknown person 'ann-exampel'; did you mean 'ann-example'?", outcome.Single("KZ0020").GetMessage());
        var articles = string.Concat(outcome.Sources.Values);
        Assert.DoesNotContain(" Peace => Article.Quotes[", articles);
        Assert.Contains(" PeaceTitle => Article.Quotes[", articles);
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void KZ0021_duplicate_quote_id_within_an_article()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"id\": \"peace-title\"", "\"id\": \"peace\""));

        Assert.Contains("Duplicate quote id 'peace'", outcome.Single("KZ0021").GetMessage());
    }

    [Fact]
    public void KZ0021_duplicate_article_id_across_sidecars()
    {
        var outcome = Run(Corpus.Edit(InterviewSidecar, "\"id\": \"second-piece\"", "\"id\": \"tiny-article\""));

        var d = outcome.Single("KZ0021");
        Assert.Contains("Duplicate article id 'tiny-article'", d.GetMessage());
        AssertIn(d, InterviewSidecar);
    }

    [Fact]
    public void KZ0022_ids_that_become_the_same_identifier()
    {
        var outcome = Run(Corpus.Edit(UnitsRegistry, "{ \"id\": \"soldier\", \"name\": \"soldiers\" }",
            "{ \"id\": \"soldier\", \"name\": \"soldiers\" }, { \"id\": \"x-2022\", \"name\": \"a\" }, { \"id\": \"x2022\", \"name\": \"b\" }"));

        Assert.Equal("The unit id 'x2022' becomes the C# identifier 'X2022', as does 'x-2022'; rename it", outcome.Single("KZ0022").GetMessage());
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void KZ0008_id_too_long_to_be_an_identifier()
    {
        var id = string.Join("-", Enumerable.Repeat("long", 40));
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"id\": \"tiny-article\"", $"\"id\": \"{id}\""));

        Assert.Contains("at most 128 characters", outcome.Single("KZ0008").GetMessage());
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("quotes")]
    [InlineData("figures")]
    public void KZ0022_article_id_named_like_a_catalog_compiles_no_member_of_that_name(string id)
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"id\": \"tiny-article\"", $"\"id\": \"{id}\""));

        Assert.Equal($"The article id '{id}' becomes the C# identifier '{char.ToUpperInvariant(id[0]) + id[1..]}', a name the generated catalogs already use; rename it",
            outcome.DriverDiagnostics.First(d => d.Id == "KZ0022").GetMessage());
        Assert.DoesNotContain(outcome.CompileErrors, e => e.Id == "CS0542");
    }

    [Theory]
    [InlineData("people")]
    [InlineData("experts")]
    public void KZ0022_person_id_named_like_a_catalog_compiles_no_member_of_that_name(string id)
    {
        var outcome = Run(Corpus.Edit(PeopleRegistry, "\"id\": \"ann-example\"", $"\"id\": \"{id}\""));

        Assert.Equal($"The person id '{id}' becomes the C# identifier '{char.ToUpperInvariant(id[0]) + id[1..]}', a name the generated catalogs already use; rename it",
            outcome.DriverDiagnostics.First(d => d.Id == "KZ0022").GetMessage());
        Assert.DoesNotContain(outcome.CompileErrors, e => e.Id == "CS0542");
    }

    [Fact]
    public void KZ0022_id_that_would_shadow_a_catalog_member()
    {
        var outcome = Run(Corpus.Edit(PeopleRegistry, "\"id\": \"ann-example\"", "\"id\": \"all\""));

        Assert.Equal("The person id 'all' becomes the C# identifier 'All', a name the generated catalogs already use; rename it",
            outcome.DriverDiagnostics.First(d => d.Id == "KZ0022").GetMessage());
    }

    [Fact]
    public void KZ0022_local_ids_that_collide_as_members_of_the_article_catalog()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"id\": \"peace\", \"speaker\"", "\"id\": \"tiny-article\", \"speaker\""));

        Assert.Equal("The quote id 'tiny-article' becomes the C# identifier 'TinyArticle', the name of its article's class; rename it", outcome.Single("KZ0022").GetMessage());
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void KZ0023_alias_that_names_two_people()
    {
        var outcome = Run(Corpus.Edit(PeopleRegistry, "\"role\": \"professor\" }",
            "\"role\": \"professor\" }, { \"id\": \"ann-twin\", \"name\": \"Ann Twin\", \"kind\": \"official\", \"aliases\": [\"ANN EXAMPLE\"] }"));

        Assert.Contains("Alias 'ANN EXAMPLE' of 'ann-twin' also names 'ann-example'", outcome.Single("KZ0023").GetMessage());
    }

    [Fact]
    public void KZ0100_anchor_not_found_shows_the_closest_passage_to_paste()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"exact\": \"2,500 soldiers arrived\"", "\"exact\": \"2500 soldiers arived\""));

        var d = outcome.Single("KZ0100");
        Assert.Contains("Closest passage, line 3", d.GetMessage());
        Assert.Contains("\"2,500 soldiers arrived\"", d.GetMessage());
        AssertIn(d, NewsSidecar);
    }

    [Fact]
    public void KZ0101_ambiguous_anchor_says_how_often_where_and_how_to_fix()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"exact\": \"Peace is near\", \"occurrence\": 2,", "\"exact\": \"Peace is near\","));

        var message = outcome.Single("KZ0101").GetMessage();
        Assert.Contains("occurs 2 times", message);
        Assert.Contains("(lines 1, 3)", message);
        Assert.Contains("\"prefix\" or \"suffix\"", message);
    }

    [Fact]
    public void KZ0102_occurrence_beyond_the_count()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"occurrence\": 2", "\"occurrence\": 3"));

        Assert.Contains("Occurrence 3 of \"Peace is near\" was asked for, but it occurs 2 time(s)", outcome.Single("KZ0102").GetMessage());
    }

    [Fact]
    public void KZ0103_end_quotation_before_the_start()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "{ \"exact\": \"Comments are closed.\", \"reason\": \"comment-widget\" }",
            "{ \"start\": \"Comments\", \"end\": \"Advertisement\", \"reason\": \"comment-widget\" }"));

        Assert.Contains("\"Advertisement\" does not occur after the start quotation (line 7)", outcome.Single("KZ0103").GetMessage());
    }

    [Fact]
    public void KZ0104_overlapping_exclusions()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "{ \"exact\": \"Comments are closed.\", \"reason\": \"comment-widget\" }",
            "{ \"start\": \"1 €\", \"end\": \"Comments are closed.\", \"reason\": \"comment-widget\" }"));

        Assert.Contains("This exclusion overlaps another exclusion (line 5)", outcome.Single("KZ0104").GetMessage());
    }

    [Fact]
    public void KZ0105_turns_out_of_text_order()
    {
        var outcome = Run(Corpus.Edit(InterviewSidecar,
            "{ \"role\": \"question\", \"exact\": \"How many soldiers came?\" },\n    { \"role\": \"answer\", \"speaker\": \"ann-example\", \"exact\": \"Thirty years of peace are over.\" }",
            "{ \"role\": \"answer\", \"speaker\": \"ann-example\", \"exact\": \"Thirty years of peace are over.\" },\n    { \"role\": \"question\", \"exact\": \"How many soldiers came?\" }"));

        Assert.Contains("This turn (line 3) comes before the previous one (line 5); list turns in text order", outcome.Single("KZ0105").GetMessage());
    }

    [Fact]
    public void KZ0106_annotation_inside_an_excluded_span()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"corrections\": [", """
            "terms": [ { "exact": "months", "kind": "term" } ],
            "corrections": [
            """));

        Assert.Contains("lies in an excluded span (advertisement, line 5)", outcome.Single("KZ0106").GetMessage());
    }

    [Fact]
    public void KZ0107_anchor_without_a_quotation()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"exact\": \"MOSCOW\", \"correct\"", "\"start\": \"MOSCOW\", \"correct\""));

        Assert.Contains("(\"end\" is missing)", outcome.Single("KZ0107").GetMessage());
    }

    [Fact]
    public void KZ0200_figure_value_that_its_text_does_not_say()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"value\": 2500,", "\"value\": 2000,"));

        var message = outcome.Single("KZ0200").GetMessage();
        Assert.Contains("gives value 2000, but its text \"2,500 soldiers\" reads 2500", message);
    }

    [Fact]
    public void KZ0200_is_silenced_only_by_a_stated_deliberate_reading()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"value\": 2500,", "\"value\": 2000, \"reading\": \"test: a deliberate reading\","));

        Assert.Empty(outcome.Kz);
    }

    [Fact]
    public void KZ0201_figure_span_without_a_number()
    {
        var outcome = Run(Corpus.Edit(InterviewSidecar, "\"exact\": \"Thirty years\", \"value\": 30", "\"exact\": \"years of peace\", \"value\": 30"));

        Assert.Contains("No number can be read from \"years of peace\"", outcome.DriverDiagnostics.First(d => d.Id == "KZ0201").GetMessage());
    }

    [Fact]
    public void KZ0202_direct_quote_without_quotation_marks()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"kind\": \"indirect\", \"exact\": \"2,500 soldiers arrived\"", "\"kind\": \"direct\", \"exact\": \"2,500 soldiers arrived\""));

        Assert.Contains("has no quotation mark before or after it", outcome.Single("KZ0202").GetMessage());
    }

    [Fact]
    public void KZ0202_marks_field_must_say_what_the_text_has()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar, "\"occurrence\": 2, \"cue\": \"said\"", "\"occurrence\": 2, \"cue\": \"said\", \"marks\": \"opening\""));

        Assert.Contains("has marks on both sides, but \"marks\" is \"opening\"", outcome.Single("KZ0202").GetMessage());
    }

    [Fact]
    public void KZ0203_interview_answer_outside_the_speakers_turn()
    {
        var outcome = Run(Corpus.Edit(InterviewSidecar, "\"figures\": [", """
            "quotes": [ { "id": "q", "speaker": "ann-example", "kind": "interview-answer", "exact": "soldiers came" } ],
            "figures": [
            """));

        Assert.Contains("is not inside an answer turn of 'ann-example' (it is in turn-1, a question with no speaker)", outcome.Single("KZ0203").GetMessage());
    }

    [Fact]
    public void KZ0204_speaker_not_named_in_the_article()
    {
        var outcome = Run(Corpus
            .Edit(PeopleRegistry, "\"role\": \"professor\" }", "\"role\": \"professor\" }, { \"id\": \"bob-other\", \"name\": \"Bob Other\", \"kind\": \"official\" }")
            .Edit(NewsSidecar, "\"id\": \"soldiers-arrived\", \"speaker\": \"ann-example\"", "\"id\": \"soldiers-arrived\", \"speaker\": \"bob-other\""));

        Assert.Contains("Speaker 'bob-other' of quote 'soldiers-arrived' is not named in the article", outcome.Single("KZ0204").GetMessage());
    }

    [Fact]
    public void KZ0205_alias_that_no_article_uses()
    {
        var outcome = Run(Corpus.Edit(PeopleRegistry, "\"aliases\": []", "\"aliases\": [\"Annie\"]"));

        var d = outcome.Single("KZ0205");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertIn(d, PeopleRegistry);
    }

    [Fact]
    public void KZ0300_number_left_unannotated_is_reported_in_the_text()
    {
        var outcome = Run(WithoutInterviewFigures(string.Empty));

        Assert.All(outcome.Kz, x => Assert.Equal("KZ0300", x.Id));
        var d = outcome.Single("KZ0300");
        AssertIn(d, InterviewText);
        Assert.Equal((5, 14), Position(d));
        Assert.Contains("Number \"Thirty\"", d.GetMessage());
    }

    [Fact]
    public void KZ0300_ignore_entry_with_a_reason_covers_a_number()
    {
        var outcome = Run(WithoutInterviewFigures("\"ignore\": [ { \"exact\": \"Thirty\", \"reason\": \"idiom\" } ]"));

        Assert.Empty(outcome.Kz);
    }

    [Fact]
    public void KZ0301_quotation_mark_left_unannotated()
    {
        var outcome = Run(Corpus.Edit(NewsSidecar,
            "{ \"id\": \"peace-title\", \"speaker\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1 },", string.Empty));

        var marks = outcome.DriverDiagnostics.Where(d => d.Id == "KZ0301").ToList();
        Assert.Equal(2, marks.Count);
        Assert.All(marks, d => AssertIn(d, NewsText));
        Assert.Equal((1, 7), Position(marks[0]));
    }
}
