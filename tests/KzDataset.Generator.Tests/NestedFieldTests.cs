using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The objects inside a sidecar (title, outlet, cues, date, language, exclusions, turns, quotes,
/// figures, corrections, terms, ignore entries): each required field left out, an unknown field
/// added, and the anchor and number rules, with the exact diagnostic and the span it marks.
/// </summary>
public sealed class NestedFieldTests
{
    private const string Corrections = "\"corrections\": [";

    [Theory]
    [InlineData(NewsSidecar, "\"exact\": \"Tiny: “Peace is near”\" }", "\"exact\": \"Tiny: “Peace is near”\", \"colour\": 1 }", "KZ0003 (6,48) `\"colour\"`: Unknown field 'colour' in the title. Known fields: end, exact, occurrence, prefix, start, suffix")]
    [InlineData(NewsSidecar, "\"inferred\": false,", "\"inferred\": false, \"colour\": 1,", "KZ0003 (7,56) `\"colour\"`: Unknown field 'colour' in the outlet. Known fields: cues, id, inferred, note")]
    [InlineData(NewsSidecar, "{ \"exact\": \"MOSCOW\" }", "{ \"exact\": \"MOSCOW\", \"colour\": 1 }", "KZ0003 (7,87) `\"colour\"`: Unknown field 'colour' in a cue. Known fields: end, exact, note, occurrence, prefix, start, suffix")]
    [InlineData(NewsSidecar, "\"note\": \"A test date.\" }", "\"note\": \"A test date.\", \"colour\": 1 }", "KZ0003 (8,82) `\"colour\"`: Unknown field 'colour' in the publication date. Known fields: cues, date, inferred, note, precision")]
    [InlineData(NewsSidecar, "[\"machine-translated\"] }", "[\"machine-translated\"], \"colour\": 1 }", "KZ0003 (9,73) `\"colour\"`: Unknown field 'colour' in the language. Known fields: note, original, processing")]
    [InlineData(NewsSidecar, "\"reason\": \"advertisement\" }", "\"reason\": \"advertisement\", \"colour\": 1 }", "KZ0003 (12,78) `\"colour\"`: Unknown field 'colour' in an exclusion. Known fields: end, exact, note, occurrence, prefix, reason, start, suffix")]
    [InlineData(NewsSidecar, "\"occurrence\": 1 }", "\"occurrence\": 1, \"colour\": 1 }", "KZ0003 (16,115) `\"colour\"`: Unknown field 'colour' in a quote. Known fields: cue, end, exact, id, kind, marks, note, occurrence, prefix, speaker, start, suffix")]
    [InlineData(NewsSidecar, "\"statedBy\": \"ann-example\" }", "\"statedBy\": \"ann-example\", \"colour\": 1 }", "KZ0003 (22,91) `\"colour\"`: Unknown field 'colour' in a figure. Known fields: asOf, end, exact, id, lower, measure, note, occurrence, prefix, qualifier, reading, start, statedBy, subject, suffix, unit, upper, value")]
    [InlineData(NewsSidecar, "\"note\": \"A test correction.\" }", "\"note\": \"A test correction.\", \"colour\": 1 }", "KZ0003 (25,111) `\"colour\"`: Unknown field 'colour' in a correction. Known fields: correct, end, exact, id, kind, note, occurrence, prefix, start, suffix")]
    [InlineData(InterviewSidecar, "{ \"role\": \"question\",", "{ \"role\": \"question\", \"colour\": 1,", "KZ0003 (10,27) `\"colour\"`: Unknown field 'colour' in a turn. Known fields: end, exact, note, occurrence, prefix, role, speaker, start, suffix")]
    [InlineData(NewsSidecar, Corrections, "\"terms\": [ { \"exact\": \"Tiny\", \"kind\": \"title\", \"colour\": 1 } ]," + Corrections, "KZ0003 (24,50) `\"colour\"`: Unknown field 'colour' in a quoted term. Known fields: end, exact, kind, note, occurrence, prefix, start, suffix")]
    [InlineData(NewsSidecar, Corrections, "\"ignore\": [ { \"exact\": \"2 months\", \"reason\": \"not-a-quantity\", \"colour\": 1 } ]," + Corrections, "KZ0003 (24,66) `\"colour\"`: Unknown field 'colour' in an ignore entry. Known fields: end, exact, note, occurrence, prefix, reason, start, suffix")]
    [InlineData(NewsSidecar, "\"speaker\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1", "\"speakr\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1", "KZ0002 (16,5) `{ \"id\": \"peace-title\", \"speakr\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1 }`: Required field 'speaker' is missing in a quote|KZ0003 (16,28) `\"speakr\"`: Unknown field 'speakr' in a quote; did you mean 'speaker'?")]
    public void An_unknown_field_in_a_nested_object_is_reported_with_the_known_ones(string file, string field, string replacement, string expected)
        => AssertEditDiagnostics(file, field, replacement, expected);

    [Theory]
    [InlineData(NewsSidecar, "\"inferred\": false,", "", "KZ0002 (7,13) `{ \"id\": \"example-news\",  \"cues\": [ { \"exact\": \"MOSCOW\" } ] }`: Required field 'inferred' is missing in the outlet")]
    [InlineData(NewsSidecar, "\"inferred\": true, \"note\": \"A test date.\"", "\"note\": \"A test date.\"", "KZ0002 (8,16) `{ \"date\": \"2022-01-07\", \"note\": \"A test date.\" }`: Required field 'inferred' is missing in the publication date")]
    [InlineData(NewsSidecar, "\"original\": \"en\", ", "", "KZ0002 (9,15) `{ \"processing\": [\"machine-translated\"] }`: Required field 'original' is missing in the language")]
    [InlineData(NewsSidecar, "{ \"id\": \"peace-title\", ", "{ ", "KZ0002 (16,5) `{ \"speaker\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1 }`: Required field 'id' is missing in a quote")]
    [InlineData(NewsSidecar, "\"speaker\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1", "\"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1", "KZ0002 (16,5) `{ \"id\": \"peace-title\", \"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1 }`: Required field 'speaker' is missing in a quote")]
    [InlineData(NewsSidecar, "\"kind\": \"direct\", \"exact\": \"Peace is near\", \"occurrence\": 1", "\"exact\": \"Peace is near\", \"occurrence\": 1", "KZ0002 (16,5) `{ \"id\": \"peace-title\", \"speaker\": \"ann-example\", \"exact\": \"Peace is near\", \"occurrence\": 1 }`: Required field 'kind' is missing in a quote")]
    [InlineData(NewsSidecar, "{ \"id\": \"soldiers\", ", "{ ", "KZ0002 (21,5) `{ \"exact\": \"2,500 soldiers\", \"value\": 2500, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'id' is missing in a figure")]
    [InlineData(NewsSidecar, "\"unit\": \"soldier\", ", "", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"value\": 2500, \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'unit' is missing in a figure")]
    [InlineData(NewsSidecar, "\"measure\": \"troops-deployed\",", "", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"value\": 2500, \"unit\": \"soldier\", \n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'measure' is missing in a figure")]
    [InlineData(NewsSidecar, ", \"subject\": \"soldiers who arrived\"", "", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"value\": 2500, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"statedBy\": \"ann-example\" }`: Required field 'subject' is missing in a figure")]
    [InlineData(NewsSidecar, "\"value\": 2500, ", "", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'value (or lower/upper)' is missing in a figure")]
    [InlineData(NewsSidecar, "{ \"id\": \"dateline\", ", "{ ", "KZ0002 (25,5) `{ \"exact\": \"MOSCOW\", \"correct\": \"Moscow\", \"kind\": \"typo\", \"note\": \"A test correction.\" }`: Required field 'id' is missing in a correction")]
    [InlineData(NewsSidecar, "\"correct\": \"Moscow\", ", "", "KZ0002 (25,5) `{ \"id\": \"dateline\", \"exact\": \"MOSCOW\", \"kind\": \"typo\", \"note\": \"A test correction.\" }`: Required field 'correct' is missing in a correction")]
    [InlineData(InterviewSidecar, "{ \"role\": \"question\", ", "{ ", "KZ0002 (10,5) `{ \"exact\": \"How many soldiers came?\" }`: Required field 'role' is missing in a turn")]
    [InlineData(InterviewSidecar, "\"speaker\": \"ann-example\", \"exact\": \"Thirty", "\"exact\": \"Thirty", "KZ0002 (11,5) `{ \"role\": \"answer\", \"exact\": \"Thirty years of peace are over.\" }`: Required field 'speaker' is missing in a turn")]
    [InlineData(NewsSidecar, Corrections, "\"terms\": [ { \"exact\": \"Tiny\" } ]," + Corrections, "KZ0002 (24,14) `{ \"exact\": \"Tiny\" }`: Required field 'kind' is missing in a quoted term")]
    [InlineData(NewsSidecar, Corrections, "\"ignore\": [ { \"exact\": \"2 months\" } ]," + Corrections, "KZ0002 (24,15) `{ \"exact\": \"2 months\" }`: Required field 'reason' is missing in an ignore entry")]
    public void A_required_field_left_out_of_a_nested_object_is_one_located_error(string file, string field, string replacement, string expected)
        => AssertEditDiagnostics(file, field, replacement, expected);

    [Theory]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ \"start\": \"MOS\" }", "KZ0107 (7,66) `{ \"start\": \"MOS\" }`: An anchor needs \"exact\", or both \"start\" and \"end\" (\"end\" is missing)")]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ \"end\": \"COW\" }", "KZ0107 (7,66) `{ \"end\": \"COW\" }`: An anchor needs \"exact\", or both \"start\" and \"end\" (\"start\" is missing)")]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ }", "KZ0107 (7,66) `{ }`: An anchor needs \"exact\", or both \"start\" and \"end\"")]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ \"start\": \"\", \"end\": \"COW\" }", "KZ0107 (7,66) `{ \"start\": \"\", \"end\": \"COW\" }`: An anchor needs \"exact\", or both \"start\" and \"end\"")]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ \"exact\": \"MOSCOW\", \"end\": \"COW\" }", "KZ0107 (7,66) `{ \"exact\": \"MOSCOW\", \"end\": \"COW\" }`: An anchor needs \"exact\", or both \"start\" and \"end\" (not both: \"exact\" or \"start\"/\"end\")")]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ \"exact\": \"MOSCOW\", \"start\": \"MOS\" }", "KZ0107 (7,96) `\"MOS\"`: An anchor needs \"exact\", or both \"start\" and \"end\" (not both: \"exact\" or \"start\"/\"end\")")]
    [InlineData("{ \"exact\": \"MOSCOW\" }", "{ \"exact\": \"\", \"start\": \"MOS\", \"end\": \"COW\" }", "")]
    [InlineData("\"occurrence\": 1 }", "\"occurrence\": 0 }", "KZ0101 (16,81) `\"Peace is near\"`: \"Peace is near\" occurs 2 times in 001_tiny.txt (lines 1, 3); add \"prefix\" or \"suffix\" with the text around the one you mean, or \"occurrence\": 1 to 2|KZ0007 (16,112) `0`: Invalid occurrence: '0' must be a whole number from 1 up")]
    [InlineData("\"occurrence\": 1 }", "\"occurrence\": 1.5 }", "KZ0101 (16,81) `\"Peace is near\"`: \"Peace is near\" occurs 2 times in 001_tiny.txt (lines 1, 3); add \"prefix\" or \"suffix\" with the text around the one you mean, or \"occurrence\": 1 to 2|KZ0007 (16,112) `1.5`: Invalid occurrence: '1.5' must be a whole number from 1 up")]
    [InlineData("\"occurrence\": 1 }", "\"occurrence\": 99999999999 }", "KZ0101 (16,81) `\"Peace is near\"`: \"Peace is near\" occurs 2 times in 001_tiny.txt (lines 1, 3); add \"prefix\" or \"suffix\" with the text around the one you mean, or \"occurrence\": 1 to 2|KZ0007 (16,112) `99999999999`: Invalid occurrence: '99999999999' must be a whole number from 1 up")]
    [InlineData("\"occurrence\": 1 }", "\"occurrence\": \"1\" }", "KZ0101 (16,81) `\"Peace is near\"`: \"Peace is near\" occurs 2 times in 001_tiny.txt (lines 1, 3); add \"prefix\" or \"suffix\" with the text around the one you mean, or \"occurrence\": 1 to 2|KZ0004 (16,112) `\"1\"`: Field 'occurrence' must be a whole number, not a string")]
    [InlineData("\"occurrence\": 1 }", "\"occurrence\": null }", "KZ0101 (16,81) `\"Peace is near\"`: \"Peace is near\" occurs 2 times in 001_tiny.txt (lines 1, 3); add \"prefix\" or \"suffix\" with the text around the one you mean, or \"occurrence\": 1 to 2|KZ0004 (16,112) `null`: Field 'occurrence' must be a whole number, not null")]
    [InlineData("\"value\": 2500,", "\"value\": 1e99,", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"value\": 1e99, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'value (or lower/upper)' is missing in a figure|KZ0007 (21,61) `1e99`: Invalid value: '1e99' is out of range")]
    [InlineData("\"value\": 2500,", "\"value\": \"2500\",", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"value\": \"2500\", \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'value (or lower/upper)' is missing in a figure|KZ0004 (21,61) `\"2500\"`: Field 'value' must be a number, not a string")]
    [InlineData("\"value\": 2500,", "\"value\": null,", "KZ0002 (21,5) `{ \"id\": \"soldiers\", \"exact\": \"2,500 soldiers\", \"value\": null, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\", \"statedBy\": \"ann-example\" }`: Required field 'value (or lower/upper)' is missing in a figure")]
    [InlineData("\"format\": \"news\",", "\"format\": null,", "KZ0004 (10,13) `null`: Field 'format' must be a string, not null")]
    [InlineData("\"format\": \"news\",", "\"format\": \"\",", "KZ0004 (10,13) `\"\"`: Field 'format' must be a non-empty string, not an empty string")]
    [InlineData("\"note\": \"A test date.\" }", "\"note\": null }", "")]
    [InlineData("\"inferred\": false,", "\"inferred\": \"no\",", "KZ0004 (7,49) `\"no\"`: Field 'inferred' must be true or false, not a string")]
    [InlineData("[\"machine-translated\"]", "[\"machine-translated\", 3]", "KZ0004 (9,72) `3`: Field 'processing[]' must be a string, not a number")]
    [InlineData("\"exclude\": [", "\"exclude\": [ \"ads\",", "KZ0004 (11,16) `\"ads\"`: Field 'exclude[]' must be an object, not a string")]
    [InlineData("\"outlet\": {", "\"outlet\": [ ], \"outletDraft\": {", "KZ0004 (7,13) `[ ]`: Field 'outlet' must be an object, not an array|KZ0003 (7,18) `\"outletDraft\"`: Unknown field 'outletDraft' in the article. Known fields: corrections, exclude, figures, format, id, ignore, language, note, outlet, published, quotes, sha256, terms, title, titleNote, turns")]
    [InlineData("\"value\": 2500,", "\"value\": 2500, \"lower\": 2000,", "KZ0007 (21,61) `2500`: Invalid figure bounds: give either \"value\" or \"lower\"/\"upper\", not both")]
    [InlineData("\"value\": 2500,", "\"lower\": 3000, \"upper\": 2000,", "KZ0007 (21,61) `3000`: Invalid figure bounds: lower 3000 is above upper 2000")]
    [InlineData("\"value\": 2500,", "\"lower\": 2500, \"upper\": 2500,", "")]
    [InlineData("\"value\": 2500,", "\"upper\": 2500,", "")]
    [InlineData("\"value\": 2500, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\"", "\"lower\": 2500, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"range\"", "KZ0007 (21,61) `2500`: Invalid figure bounds: qualifier \"range\" needs both \"lower\" and \"upper\"")]
    [InlineData("\"value\": 2500, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"exact\"", "\"upper\": 2500, \"unit\": \"soldier\", \"measure\": \"troops-deployed\",\n      \"qualifier\": \"range\"", "KZ0007 (21,61) `2500`: Invalid figure bounds: qualifier \"range\" needs both \"lower\" and \"upper\"")]
    [InlineData("\"value\": 2500,", "\"value\": 2500, \"asOf\": \"2022-13\",", "KZ0005 (21,75) `\"2022-13\"`: Invalid date '2022-13': there is no month 13")]
    [InlineData("\"title\": { \"exact\": \"Tiny: “Peace is near”\" },", "\"title\": null,", "KZ0002 (6,12) `null`: Required field 'titleNote' is missing in the article (a null title must say why the text has no headline)")]
    [InlineData("\"corrections\": [", "\"ignore\": [ { \"reason\": \"not-a-quantity\" } ],\n  \"corrections\": [", "KZ0107 (24,15) `{ \"reason\": \"not-a-quantity\" }`: An anchor needs \"exact\", or both \"start\" and \"end\"")]
    public void Anchor_number_and_type_rules_mark_the_offending_value(string field, string replacement, string expected)
        => AssertEditDiagnostics(NewsSidecar, field, replacement, expected);

    /// <summary>Each of the file's diagnostics as "KZ0000 (line,column) `marked text`: message", joined by '|'.</summary>
    private static void AssertEditDiagnostics(string file, string field, string replacement, string expected)
    {
        var seeds = Corpus.Edit(file, field, replacement);
        var content = seeds.ToAdditionalTexts().Single(t => t.Path == SeedSet.PathOf(file)).GetText()!.ToString();
        var lines = SeedChecks.Run(seeds).Diagnostics
            .Where(d => d.Location.Path == SeedSet.PathOf(file))
            .Select(d => $"{d.Id} ({d.Location.StartLine + 1},{d.Location.StartColumn + 1}) `{content.Substring(d.Location.Start, d.Location.Length)}`: {d.Message}");
        var actual = string.Join("|", lines);
        Assert.Equal(expected, actual);
    }
}
