using System.Linq;
using CsCheck;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>Generators of edits of the clean fixture, one per kind of field, and of whole cases (one to three edits).</summary>
internal static class MutationGens
{
    // Free-text fields of the fixture (the last step is set, created when absent), by kind.
    private static readonly (string Field, string File, string[] Path)[] FreeText =
    {
        ("person.role", PeopleRegistry, new[] { "people", "0", "role" }),
        ("person.affiliation", PeopleRegistry, new[] { "people", "0", "affiliation" }),
        ("outlet.name", OutletsRegistry, new[] { "outlets", "0", "name" }),
        ("outlet.country", OutletsRegistry, new[] { "outlets", "0", "country" }),
        ("measure.name", MeasuresRegistry, new[] { "measures", "0", "name" }),
        ("measure.description", MeasuresRegistry, new[] { "measures", "1", "description" }),
        ("unit.name", UnitsRegistry, new[] { "units", "0", "name" }),
        ("unit.symbol", UnitsRegistry, new[] { "units", "1", "symbol" }),
        ("figure.subject", NewsSidecar, new[] { "figures", "0", "subject" }),
        ("figure.subject", InterviewSidecar, new[] { "figures", "0", "subject" }),
        ("quote.cue", NewsSidecar, new[] { "quotes", "1", "cue" }),
        ("correction.correct", NewsSidecar, new[] { "corrections", "0", "correct" }),
        ("note", PeopleRegistry, new[] { "people", "0", "note" }),
        ("note", OutletsRegistry, new[] { "outlets", "0", "note" }),
        ("note", NewsSidecar, new[] { "note" }),
        ("note", NewsSidecar, new[] { "titleNote" }),
        ("note", NewsSidecar, new[] { "published", "note" }),
        ("note", NewsSidecar, new[] { "quotes", "0", "note" }),
        ("note", NewsSidecar, new[] { "corrections", "0", "note" }),
        ("note", NewsSidecar, new[] { "exclude", "0", "note" }),
        ("note", InterviewSidecar, new[] { "outlet", "note" }),
        ("note", InterviewSidecar, new[] { "language", "note" }),
        ("note", InterviewSidecar, new[] { "turns", "0", "note" }),
    };

    // Every id of the fixture with the kind it is counted under.
    private static readonly (string Field, string Id)[] Ids =
    {
        ("id.article", "tiny-article"), ("id.article", "second-piece"), ("id.person", "ann-example"), ("id.outlet", "example-news"),
        ("id.measure", "troops-deployed"), ("id.measure", "elapsed-time"), ("id.unit", "soldier"), ("id.unit", "year"),
        ("id.quote", "peace-title"), ("id.quote", "peace"), ("id.quote", "soldiers-arrived"), ("id.figure", "soldiers"),
        ("id.figure", "thirty-years"), ("id.correction", "dateline"),
    };

    private static readonly string[] Registries = { PeopleRegistry, OutletsRegistry, MeasuresRegistry, UnitsRegistry };

    // Where numbers go: the figures' values and bounds, occurrences, and the date.
    private static readonly (string File, string[] Path)[] NumberFields =
    {
        (NewsSidecar, new[] { "figures", "0", "value" }), (NewsSidecar, new[] { "figures", "0", "lower" }), (NewsSidecar, new[] { "figures", "0", "upper" }),
        (InterviewSidecar, new[] { "figures", "0", "value" }), (NewsSidecar, new[] { "quotes", "1", "occurrence" }), (NewsSidecar, new[] { "quotes", "0", "occurrence" }),
        (NewsSidecar, new[] { "exclude", "1", "occurrence" }),
    };

    // Annotations whose anchor can be moved to an edge of the text.
    private static readonly (string Sidecar, string Text, string[] Path)[] Anchors =
    {
        (NewsSidecar, NewsText, new[] { "title" }), (NewsSidecar, NewsText, new[] { "quotes", "2" }), (NewsSidecar, NewsText, new[] { "figures", "0" }),
        (NewsSidecar, NewsText, new[] { "corrections", "0" }), (NewsSidecar, NewsText, new[] { "exclude", "1" }), (InterviewSidecar, InterviewText, new[] { "turns", "1" }),
        (InterviewSidecar, InterviewText, new[] { "figures", "0" }), (NewsSidecar, NewsText, new[] { "outlet", "cues", "0" }),
    };

    // Objects that can get a repeated key, and properties that can be removed.
    private static readonly (string File, string[] Path, string Key)[] Objects =
    {
        (NewsSidecar, new string[0], "id"), (NewsSidecar, new string[0], "format"), (NewsSidecar, new[] { "quotes", "1" }, "speaker"),
        (NewsSidecar, new[] { "figures", "0" }, "value"), (PeopleRegistry, new[] { "people", "0" }, "id"), (PeopleRegistry, new string[0], "people"),
        (UnitsRegistry, new[] { "units", "0" }, "name"), (InterviewSidecar, new[] { "published" }, "date"), (InterviewSidecar, new[] { "turns", "1" }, "role"),
    };

    private static readonly Gen<Mutation> SetText = Gen.Int[0, FreeText.Length - 1].Select(SeedGens.Text, (i, text) => (Mutation)new SetString(FreeText[i].Field, FreeText[i].File, FreeText[i].Path, text));

    private static readonly Gen<Mutation> Rename = Gen.Select(Gen.Int[0, Ids.Length - 1], SeedGens.Id, Gen.Int[0, 4],
        (i, id, where) => (Mutation)new RenameId(Ids[i].Field, Ids[i].Id, id, where > 0 || !Ids[i].Field.StartsWith("id.person") && Ids[i].Field is not ("id.outlet" or "id.measure" or "id.unit")));

    private static readonly Gen<Mutation> Add = Gen.Select(Gen.Int[0, Registries.Length - 1], SeedGens.Id, SeedGens.Text, SeedGens.Text,
        (r, id, name, extra) => (Mutation)new AddEntry("id." + Registries[r].Split('/')[1].Replace(".json", string.Empty) + "-entry", Registries[r], id, name, extra));

    private static readonly Gen<Mutation> Title = Gen.Select(Gen.Bool, SeedGens.FileText,
        (news, suffix) => (Mutation)(news ? new ExtendTitle(NewsText, NewsSidecar, suffix) : new ExtendTitle(InterviewText, InterviewSidecar, suffix)));

    private static readonly Gen<Mutation> Edge = Gen.Select(Gen.Bool, Gen.Bool, Gen.Frequency((3, SeedGens.FileText), (1, SeedGens.Hazard.Where(h => !char.IsSurrogate(h[0])))),
        (news, start, text) => (Mutation)new TextEdge(news ? NewsText : InterviewText, text, start));

    private static readonly Gen<Mutation> Lines = Gen.Select(Gen.Bool, Gen.OneOfConst("\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\u000B", "\u000C"),
        (news, end) => (Mutation)new LineEnds(news ? NewsText : InterviewText, end));

    private static readonly Gen<Mutation> Figure = Gen.Select(SeedGens.NumberInText, SeedGens.JsonNumber, Gen.Int[0, 2],
        (text, json, same) => (Mutation)new FigureNumber(text, same > 0 && decimal.TryParse(text.Replace(",", string.Empty), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? text.Replace(",", string.Empty) : json));

    private static readonly Gen<Mutation> Number = Gen.Select(Gen.Int[0, NumberFields.Length - 1], SeedGens.JsonNumber,
        (i, json) => (Mutation)new SetRaw("number.raw", NumberFields[i].File, NumberFields[i].Path, json));

    private static readonly Gen<Mutation> Anchor = Gen.Select(Gen.Int[0, Anchors.Length - 1], Gen.OneOfConst("empty", "whole", "first", "last", "first-line", "last-line"), Gen.Int[1, 12],
        (i, shape, n) => (Mutation)new EdgeAnchor(Anchors[i].Sidecar, Anchors[i].Text, Anchors[i].Path, shape, n));

    private static readonly Gen<Mutation> Nesting = Gen.Select(Gen.Int[0, Objects.Length - 1], Gen.Int[1, 300], Gen.Bool, Gen.Bool,
        (i, depth, arrays, replace) =>
        {
            var open = arrays ? "[" : "{\"x\":";
            var close = arrays ? "]" : "}";
            var json = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
            return (Mutation)new SetRaw("json.deep-nesting", Objects[i].File, Objects[i].Path.Append(replace ? Objects[i].Key : "nested").ToArray(), json);
        });

    private static readonly Gen<Mutation> Duplicate = Gen.Select(Gen.Int[0, Objects.Length - 1], Gen.OneOfConst("\"tiny-article\"", "\"news\"", "\"ann-example\"", "2500", "null", "\"\"", "[]"),
        (i, json) => (Mutation)new DuplicateKey(Objects[i].File, Objects[i].Path, Objects[i].Key, json));

    private static readonly Gen<Mutation> Remove = Gen.Int[0, Objects.Length - 1].Select(i => (Mutation)new RemoveKey(Objects[i].File, Objects[i].Path.Append(Objects[i].Key).ToArray()));

    private static readonly Gen<Mutation> Spell = Gen.Select(Gen.OneOfConst(SeedDraft.JsonFiles.ToArray()), Gen.Frequency((2, Gen.Const(-1)), (1, Gen.Int[0, 2000])), Gen.Bool,
        (file, cut, escape) => (Mutation)new Spelling(file, cut, escape || cut < 0));

    /// <summary>One edit; data in the fields that reach generated code is the most frequent.</summary>
    public static readonly Gen<Mutation> Mutation = Gen.Frequency(
        (10, SetText),
        (3, Gen.Select(SeedGens.Text, t => (Mutation)new RenamePerson(t))),
        (6, Title),
        (8, Rename),
        (6, Add),
        (3, Edge),
        (2, Lines),
        (4, Figure),
        (3, Number),
        (3, Anchor),
        (2, Nesting),
        (2, Duplicate),
        (1, Remove),
        (2, Spell));

    /// <summary>A case: mostly one edit (so many cases stay clean and compile), sometimes two or three.</summary>
    public static readonly Gen<SeedCase> Case = Gen.Frequency((6, Gen.Const(1)), (3, Gen.Const(2)), (1, Gen.Const(3)))
        .SelectMany(n => Mutation.Array[n, n])
        .Select(Gen.Int[0, 3], (m, items) => new SeedCase(m, items > 0));
}
