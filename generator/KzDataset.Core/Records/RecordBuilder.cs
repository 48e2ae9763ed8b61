using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Records;

/// <summary>
/// Turns a checked article into its <see cref="ArticleRecord"/>: vocabulary words become their
/// positions in the vocabularies, registry ids their positions in the id-sorted registries.
/// </summary>
internal sealed class RecordBuilder
{
    private readonly Dictionary<string, int> _people;
    private readonly Dictionary<string, int> _outlets;
    private readonly Dictionary<string, int> _measures;
    private readonly Dictionary<string, int> _units;

    public RecordBuilder(RegistryModel registry)
    {
        _people = Positions(registry.People.Select(p => p.Id));
        _outlets = Positions(registry.Outlets.Select(o => o.Id));
        _measures = Positions(registry.Measures.Select(m => m.Id));
        _units = Positions(registry.Units.Select(u => u.Id));
    }

    public byte[] Build(ArticleModel a)
    {
        var turnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < a.Turns.Count; i++) turnIndex[a.Turns[i].Id] = i;
        var d = a.Published;
        var record = new ArticleRecord
        {
            TextLength = a.Length,
            TextFingerprint = a.TextFingerprint,
            SidecarFingerprint = a.SidecarFingerprint,
            Title = a.TitleRange is { } t ? Range(t) : null,
            Outlet = _outlets[a.Outlet],
            OutletInferred = a.OutletInferred,
            OutletCues = a.OutletCues.Select(Range).ToArray(),
            Year = d.Year,
            Month = d.Month,
            Day = d.Day,
            Precision = Code(Vocabulary.DatePrecision, d.Precision),
            DateInferred = d.Inferred,
            DateCues = d.Cues.Select(Range).ToArray(),
            Processing = a.Language.Processing.Aggregate(0, (flags, word) => flags | (1 << Code(Vocabulary.TextProcessing, word))),
            Format = Code(Vocabulary.ArticleFormat, a.Format),
            Exclusions = a.Exclusions.Select(e => new RecordItem(e.Source, Range(e.Range), Code(Vocabulary.ExclusionReason, e.Reason))).ToArray(),
            Paragraphs = a.Paragraphs.Select(p => p.Segments.Select(Range).ToArray()).ToArray(),
            Turns = a.Turns.Select(t => new RecordItem(t.Source, Range(t.Range), Code(Vocabulary.TurnRole, t.Role), Person(t.SpeakerId))).ToArray(),
            Quotes = a.Quotes.Select(q => new RecordItem(q.Source, Range(q.Range), Code(Vocabulary.QuoteKind, q.Kind), _people[q.SpeakerId],
                q.TurnId is null ? -1 : turnIndex[q.TurnId] | (q.FromTurn ? ArticleRecord.TurnQuote : 0))).ToArray(),
            Figures = a.Figures.Select(f => new RecordFigure(f.Source, Range(f.Range), f.Value, f.Lower, f.Upper, _units[f.Unit], _measures[f.Measure],
                Code(Vocabulary.FigureQualifier, f.Qualifier), Person(f.StatedBy))).ToArray(),
            Corrections = a.Corrections.Select(c => new RecordItem(c.Source, Range(c.Range), Code(Vocabulary.CorrectionKind, c.Kind))).ToArray(),
            Terms = a.Terms.Select(t => new RecordItem(t.Source, Range(t.Range), Code(Vocabulary.TermKind, t.Kind))).ToArray(),
            Mentions = a.Mentions.Select(m => _people[m]).ToArray(),
        };
        return record.Write();
    }

    private int Person(string? id) => id is null ? -1 : _people[id];

    private static int Code(Vocabulary vocabulary, string word)
    {
        var code = IndexOf(vocabulary.Values, word);
        return code >= 0 ? code : throw new InvalidOperationException($"'{word}' is not a {vocabulary.Description}");
    }

    private static int IndexOf(IReadOnlyList<string> values, string word)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == word) return i;
        }
        return -1;
    }

    private static RecordRange Range(TextRange range) => new(range.Start, range.End);

    private static Dictionary<string, int> Positions(IEnumerable<string> ids)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) positions[id] = positions.Count;
        return positions;
    }
}
