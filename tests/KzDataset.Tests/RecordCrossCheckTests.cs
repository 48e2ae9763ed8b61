
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Core.Steps;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// The runtime reads each article from two halves — the record the generator compiled in and the
/// free text of the embedded sidecar — so this checks, field by field, that what it reads is what
/// the generator's own parse, resolve and link steps make of the same seed files.
/// </summary>
public sealed class RecordCrossCheckTests
{
    public static TheoryData<string> ArticleIds => new(Articles.All.Select(a => a.Id));

    private static readonly Lazy<Dictionary<string, ArticleModel>> Models = new(ComputeModels);

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void The_runtime_article_is_the_generators_model(string id)
    {
        var model = Models.Value[id];
        var article = Articles.ById(id)!;

        Assert.Equal(Render(model), Render(article));
    }

    private static Dictionary<string, ArticleModel> ComputeModels()
    {
        var seeds = RepositoryPaths.Combine("seeds");
        var registry = SeedSteps.BuildRegistry(Directory.GetFiles(Path.Combine(seeds, "registry"), "*.json")
            .Select(f => SeedSteps.ParseRegistry(f, File.ReadAllText(f))).ToImmutableArray());
        var models = new Dictionary<string, ArticleModel>(StringComparer.Ordinal);
        foreach (var sidecarPath in Directory.GetFiles(seeds, "*.json"))
        {
            var textPath = Path.ChangeExtension(sidecarPath, ".txt");
            var text = SeedSteps.ReadText(textPath, File.ReadAllText(textPath));
            var resolved = SeedSteps.Resolve(new SidecarWithText(SeedSteps.ParseSidecar(sidecarPath, File.ReadAllText(sidecarPath)), text), TestContext.Current.CancellationToken);
            var linked = SeedSteps.Link(resolved, registry);
            Assert.True(linked.Diagnostics.IsEmpty, string.Join("\n", linked.Diagnostics.Select(d => d.Message)));
            models.Add(linked.Article!.Id, linked.Article);
        }
        return models;
    }

    private static string Render(ArticleModel m)
    {
        var lines = new List<string>
        {
            $"{m.Id} {m.SeedFile} {m.Sha256} {m.Length} title [{m.Title}] {R(m.TitleRange)} note [{m.TitleNote}]",
            $"outlet {m.Outlet} {m.OutletInferred} [{m.OutletNote}] {Rs(m.OutletCues)}",
            $"published {m.Published.Year}-{m.Published.Month}-{m.Published.Day} {m.Published.Precision} {m.Published.Inferred} [{m.Published.Note}] {Rs(m.Published.Cues)}",
            $"language {m.Language.Original} [{string.Join(",", Flags(m.Language.Processing))}] [{m.Language.Note}] format {m.Format}",
        };
        lines.AddRange(m.Exclusions.Select(e => $"exclusion {R(e.Range)} {e.Reason} [{e.Note}]"));
        lines.AddRange(m.Paragraphs.Select(p => $"paragraph {Rs(p.Segments)}"));
        lines.AddRange(m.Turns.Select(t => $"turn {t.Id} {t.Role} {t.SpeakerId} {R(t.Range)} [{t.Note}]"));
        lines.AddRange(m.Quotes.Select(q => $"quote {q.Id} {q.SpeakerId} {q.Kind} {R(q.Range)} [{q.Cue}] [{q.Note}] turn {q.TurnId}"));
        lines.AddRange(m.Figures.Select(f => $"figure {f.Id} {R(f.Range)} {D(f.Value)} {D(f.Lower)} {D(f.Upper)} {f.Unit} {f.Measure} {f.Qualifier} [{f.Subject}] [{f.AsOf}] {f.StatedBy} [{f.Reading}] [{f.Note}]"));
        lines.AddRange(m.Corrections.Select(c => $"correction {c.Id} {R(c.Range)} [{c.Correct}] {c.Kind} [{c.Note}]"));
        lines.AddRange(m.Terms.Select(t => $"term {R(t.Range)} {t.Kind} [{t.Note}]"));
        lines.Add("mentions " + string.Join(",", m.Mentions));
        return string.Join("\n", lines);
    }

    private static string Render(Article a)
    {
        var lines = new List<string>
        {
            $"{a.Id} {a.SeedFile} {a.Sha256} {a.Length} title [{a.Title}] {R(a.TitleSpan)} note [{a.TitleNote}]",
            $"outlet {a.Outlet.Id} {a.OutletInferred} [{a.OutletNote}] {Rs(a.OutletCues)}",
            $"published {a.Published.Year}-{a.Published.Month ?? 0}-{a.Published.Day ?? 0} {a.Published.Precision} {a.Published.Inferred} [{a.Published.Note}] {Rs(a.Published.Cues)}",
            $"language {a.Language} [{string.Join(",", Flags(a.Processing))}] [{a.LanguageNote}] format {a.Format}",
        };
        lines.AddRange(a.Excluded.Select(e => $"exclusion {R(e.Span)} {e.Reason} [{e.Note}]"));
        lines.AddRange(a.Paragraphs.Select(p => $"paragraph {Rs(p.Segments)}"));
        lines.AddRange(a.Turns.Select(t => $"turn {t.LocalId} {t.Role} {t.Speaker?.Id} {R(t.Span)} [{t.Note}]"));
        lines.AddRange(a.Quotes.Select(q => $"quote {q.LocalId} {q.Speaker.Id} {q.Kind} {R(q.Span)} [{q.Cue}] [{q.Note}] turn {q.Turn?.LocalId}"));
        lines.AddRange(a.Figures.Select(f => $"figure {f.LocalId} {R(f.Span)} {D(f.Value)} {D(f.Lower)} {D(f.Upper)} {f.Unit.Id} {f.Measure.Id} {f.Qualifier} [{f.Subject}] [{f.AsOf}] {f.StatedBy?.Id} [{f.Reading}] [{f.Note}]"));
        lines.AddRange(a.Corrections.Select(c => $"correction {c.LocalId} {R(c.Span)} [{c.Correct}] {c.Kind} [{c.Note}]"));
        lines.AddRange(a.Terms.Select(t => $"term {R(t.Span)} {t.Kind} [{t.Note}]"));
        lines.Add("mentions " + string.Join(",", a.People.Select(p => p.Id)));
        return string.Join("\n", lines);
    }

    private static IEnumerable<string> Flags(TextProcessing processing)
        => Enum.GetValues<TextProcessing>().Where(f => f != TextProcessing.None && processing.HasFlag(f)).Select(f => f.ToString());

    private static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string R(TextRange? range) => range is { } r ? $"{r.Start}..{r.End}" : "-";

    private static string R(TextSpan? span) => span is { } s ? $"{s.Start}..{s.End}" : "-";

    private static string Rs(IEnumerable<TextRange> ranges) => string.Join(" ", ranges.Select(r => R(r)));

    private static string Rs(IEnumerable<TextSpan> spans) => string.Join(" ", spans.Select(s => R(s)));
}
