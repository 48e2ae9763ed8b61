using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KzDataset.Core.Drafting;
using KzDataset.Generator.Tests.Infrastructure;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests.Drafting;

/// <summary>Drafts texts against the fixture corpus's registries, and builds what was drafted.</summary>
internal static class DraftHarness
{
    public const string TextName = "003_draft.txt";
    public const string SidecarName = "003_draft.json";

    private static readonly string[] Registries = { PeopleRegistry, OutletsRegistry, MeasuresRegistry, UnitsRegistry };

    public static DraftContext Context(DraftRules? rules = null)
        => new(Registries.Select(r => new DraftRegistryFile(r, Corpus[r])), rules ?? DraftRules.Default);

    public static (DraftResult Result, JsonElement Sidecar) Draft(string text, DraftContext? context = null)
    {
        var result = Drafter.Draft(TextName, text, context ?? Context());
        return (result, JsonDocument.Parse(result.SidecarJson).RootElement.Clone());
    }

    public static IReadOnlyList<JsonElement> List(JsonElement sidecar, string name)
        => sidecar.TryGetProperty(name, out var list) ? list.EnumerateArray().ToList() : new List<JsonElement>();

    public static string? Str(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>The fixture registries (with the draft's new people and outlets appended), the drafted text and its sidecar, and nothing else.</summary>
    public static GeneratorOutcome Build(string text, DraftResult result)
    {
        var people = JsonListAppender.Append(Corpus[PeopleRegistry], "people", result.NewPeople.Select(JsonListAppender.Entry).ToList(), PeopleRegistry);
        var outlets = JsonListAppender.Append(Corpus[OutletsRegistry], "outlets", result.NewOutlets.Select(JsonListAppender.Entry).ToList(), OutletsRegistry);
        var seeds = Corpus.Without(NewsText).Without(NewsSidecar).Without(InterviewText).Without(InterviewSidecar)
            .With(PeopleRegistry, people)
            .With(OutletsRegistry, outlets)
            .With(TextName, text)
            .With(SidecarName, result.SidecarJson);
        return GeneratorHarness.Run(seeds);
    }
}
