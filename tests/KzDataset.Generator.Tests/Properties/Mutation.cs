using System.Collections.Generic;
using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// One edit of the clean fixture. <see cref="Field"/> names the kind of field it puts generated
/// data into (the figures are counted by it); the description shows the data escaped, so a
/// failing case can be rebuilt by hand.
/// </summary>
internal abstract record Mutation(string Field)
{
    public abstract void Apply(SeedDraft draft);

    public abstract string Describe();

    public sealed override string ToString() => Field + ": " + Describe();
}

/// <summary>A free-text string (a note, role, subject, name of a registry entry…) set to generated text.</summary>
internal sealed record SetString(string Field, string File, string[] Path, string Value) : Mutation(Field)
{
    public override void Apply(SeedDraft draft) => draft.Set(File, Path, new JsonStringNode(Value));

    public override string Describe() => $"{File} {string.Join(".", Path)} = {Show.Literal(Value)}";
}

/// <summary>Any JSON value, written as is, at a path: numbers of any size, wrong types, deep nesting.</summary>
internal sealed record SetRaw(string Field, string File, string[] Path, string Json) : Mutation(Field)
{
    public override void Apply(SeedDraft draft) => draft.Set(File, Path, new JsonRawNode(Json));

    public override string Describe() => $"{File} {string.Join(".", Path)} = {Show.Literal(Json)}";
}

/// <summary>The person renamed; the old name stays as an alias, which the texts use, so the speaker is still named.</summary>
internal sealed record RenamePerson(string Name) : Mutation("person.name")
{
    public override void Apply(SeedDraft draft)
    {
        draft.Set(Fixtures.PeopleRegistry, new[] { "people", "0", "name" }, new JsonStringNode(Name));
        draft.Set(Fixtures.PeopleRegistry, new[] { "people", "0", "aliases" }, new JsonArrayNode(new[] { new JsonStringNode("Ann Example") }));
    }

    public override string Describe() => $"people[0].name = {Show.Literal(Name)}, aliases = [\"Ann Example\"]";
}

/// <summary>
/// An id changed: everywhere it is used (a consistent rename) or only where it is defined (dangling
/// references). Ids are strings under id-valued keys equal to the old id.
/// </summary>
internal sealed record RenameId(string Field, string OldId, string NewId, bool Everywhere) : Mutation(Field)
{
    private static readonly HashSet<string> IdKeys = new(System.StringComparer.Ordinal) { "id", "speaker", "statedBy", "measure", "unit" };

    public override void Apply(SeedDraft draft)
    {
        var files = Everywhere ? SeedDraft.JsonFiles : new[] { DefiningFile };
        foreach (var file in files) Replace(draft.Json[file]);
    }

    // Registry ids are defined in their registry; article and local ids in the sidecar that holds them.
    private string DefiningFile => Field switch
    {
        "id.person" => Fixtures.PeopleRegistry,
        "id.outlet" => Fixtures.OutletsRegistry,
        "id.measure" => Fixtures.MeasuresRegistry,
        "id.unit" => Fixtures.UnitsRegistry,
        _ => SeedDraft.JsonFiles[0],
    };

    private void Replace(JsonNode node)
    {
        switch (node)
        {
            case JsonObjectNode o:
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    var (key, value) = (o.Properties[i].Key, o.Properties[i].Value);
                    if (IdKeys.Contains(key) && value is JsonStringNode s && s.Value == OldId) s.Value = NewId;
                    else Replace(value);
                }
                break;
            case JsonArrayNode a:
                foreach (var item in a.Items) Replace(item);
                break;
        }
    }

    public override string Describe() => $"{Show.Literal(OldId)} -> {Show.Literal(NewId)}{(Everywhere ? " everywhere" : " where defined only")}";
}

/// <summary>A new registry entry (used by no article) with a generated id and generated texts.</summary>
internal sealed record AddEntry(string Field, string Registry, string Id, string Name, string Extra) : Mutation(Field)
{
    public override void Apply(SeedDraft draft)
    {
        var (array, extraKey, kind) = Registry switch
        {
            Fixtures.PeopleRegistry => ("people", "role", "expert"),
            Fixtures.OutletsRegistry => ("outlets", "country", null),
            Fixtures.MeasuresRegistry => ("measures", "description", null),
            _ => ("units", "symbol", (string?)null),
        };
        var entry = new List<KeyValuePair<string, JsonNode>>
        {
            new("id", new JsonStringNode(Id)),
            new("name", new JsonStringNode(Name)),
            new(extraKey, new JsonStringNode(Extra)),
        };
        if (kind is not null) entry.Add(new("kind", new JsonStringNode(kind)));
        if (draft.At(Registry, array) is JsonArrayNode list) list.Items.Add(new JsonObjectNode(entry));
    }

    public override string Describe() => $"{Registry} += {{ id {Show.Literal(Id)}, name {Show.Literal(Name)}, extra {Show.Literal(Extra)} }}";
}

/// <summary>Generated text appended to an article's headline line, and to its title quotation.</summary>
internal sealed record ExtendTitle(string TextFile, string Sidecar, string Suffix) : Mutation("title")
{
    public override void Apply(SeedDraft draft)
    {
        // After earlier edits the headline may have moved or gone; then there is nothing to extend.
        var text = draft.Texts[TextFile];
        if (draft.At(Sidecar, "title", "exact") is not JsonStringNode { Value: var title }) return;
        var at = text.IndexOf(title, System.StringComparison.Ordinal);
        if (at < 0) return;
        draft.Texts[TextFile] = text.Insert(at + title.Length, Suffix);
        draft.Set(Sidecar, new[] { "title", "exact" }, new JsonStringNode(title + Suffix));
    }

    public override string Describe() => $"{TextFile} headline += {Show.Literal(Suffix)}";
}

/// <summary>Generated text at the very start or end of a seed text (annotations unchanged).</summary>
internal sealed record TextEdge(string TextFile, string Insert, bool AtStart) : Mutation("text.edge")
{
    public override void Apply(SeedDraft draft)
        => draft.Texts[TextFile] = AtStart ? Insert + draft.Texts[TextFile] : draft.Texts[TextFile] + Insert;

    public override string Describe() => $"{TextFile} {(AtStart ? "starts with" : "ends with")} {Show.Literal(Insert)}";
}

/// <summary>A text's line ends replaced (CRLF, CR, U+2028, U+0085…).</summary>
internal sealed record LineEnds(string TextFile, string LineEnd) : Mutation("text.line-ends")
{
    public override void Apply(SeedDraft draft) => draft.Texts[TextFile] = draft.Texts[TextFile].Replace("\n", LineEnd);

    public override string Describe() => $"{TextFile} line ends = {Show.Literal(LineEnd)}";
}

/// <summary>
/// The news figure's number ("2,500") rewritten in the text and in every quotation of it, and its
/// value set to a raw JSON number: huge, tiny, negative, or one the text does not say.
/// </summary>
internal sealed record FigureNumber(string InText, string Value) : Mutation("number.figure")
{
    public override void Apply(SeedDraft draft)
    {
        draft.Texts[Fixtures.NewsText] = draft.Texts[Fixtures.NewsText].Replace("2,500", InText);
        ReplaceIn(draft.Json[Fixtures.NewsSidecar]);
        draft.Set(Fixtures.NewsSidecar, new[] { "figures", "0", "value" }, new JsonRawNode(Value));
    }

    private void ReplaceIn(JsonNode node)
    {
        switch (node)
        {
            case JsonObjectNode o:
                foreach (var p in o.Properties) ReplaceIn(p.Value);
                break;
            case JsonArrayNode a:
                foreach (var item in a.Items) ReplaceIn(item);
                break;
            case JsonStringNode s:
                s.Value = s.Value.Replace("2,500", InText);
                break;
        }
    }

    public override string Describe() => $"text \"2,500\" -> {Show.Literal(InText)}, value = {Value}";
}

/// <summary>An anchor's quotation set to a span at an edge of the text: empty, all of it, its first or last characters or line.</summary>
internal sealed record EdgeAnchor(string Sidecar, string TextFile, string[] Path, string Shape, int Count) : Mutation("anchor.edge")
{
    public override void Apply(SeedDraft draft)
    {
        if (draft.At(Sidecar, Path) is not JsonObjectNode anchor) return;
        var text = draft.Texts[TextFile];
        var n = System.Math.Min(Count, text.Length);
        var exact = Shape switch
        {
            "empty" => string.Empty,
            "whole" => text,
            "first" => text.Substring(0, n),
            "last" => text.Substring(text.Length - n),
            "first-line" => text.Split('\n')[0],
            _ => text.Split('\n')[^1],
        };
        foreach (var key in new[] { "start", "end", "prefix", "suffix", "occurrence" }) anchor[key] = null;
        anchor["exact"] = new JsonStringNode(exact);
    }

    public override string Describe() => $"{Sidecar} {string.Join(".", Path)} exact = {Shape}({Count})";
}

/// <summary>A property repeated in an object (the reader must report it, not pick one silently).</summary>
internal sealed record DuplicateKey(string File, string[] ObjectPath, string Key, string Json) : Mutation("json.duplicate-key")
{
    public override void Apply(SeedDraft draft)
    {
        if (draft.At(File, ObjectPath) is JsonObjectNode o) o.Properties.Add(new(Key, new JsonRawNode(Json)));
    }

    public override string Describe() => $"{File} {string.Join(".", ObjectPath)} += {Show.Literal(Key)}: {Show.Literal(Json)}";
}

/// <summary>A required or optional property removed.</summary>
internal sealed record RemoveKey(string File, string[] Path) : Mutation("json.remove")
{
    public override void Apply(SeedDraft draft) => draft.Set(File, Path, null);

    public override string Describe() => $"{File} {string.Join(".", Path)} removed";
}

/// <summary>A file's JSON cut short, or a file's strings written with every non-ASCII character escaped.</summary>
internal sealed record Spelling(string File, int CutAt, bool Escape) : Mutation(CutAt >= 0 ? "json.truncated" : "json.escaped")
{
    public override void Apply(SeedDraft draft)
    {
        if (Escape) draft.EscapeAll.Add(File);
        if (CutAt >= 0) draft.CutAt[File] = CutAt;
    }

    public override string Describe() => $"{File}{(Escape ? " escaped" : string.Empty)}{(CutAt >= 0 ? " cut at " + CutAt : string.Empty)}";
}
