using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Records;

/// <summary>
/// Turns a checked article into its <see cref="ArticleRecord"/>: vocabulary values become their codes
/// (<see cref="VocabularyTable{TEnum}"/>), registry ids their positions in the id-sorted registries.
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
            Precision = Code(d.Precision),
            DateInferred = d.Inferred,
            DateCues = d.Cues.Select(Range).ToArray(),
            Processing = Flags(a.Language.Processing),
            Format = Code(a.Format),
            Exclusions = a.Exclusions.Select(e => new RecordItem(e.Source, Range(e.Range), Code(e.Reason))).ToArray(),
            Paragraphs = a.Paragraphs.Select(p => p.Segments.Select(Range).ToArray()).ToArray(),
            Turns = a.Turns.Select(t => new RecordItem(t.Source, Range(t.Range), Code(t.Role), Person(t.SpeakerId))).ToArray(),
            Quotes = a.Quotes.Select(q => new RecordItem(q.Source, Range(q.Range), Code(q.Kind), _people[q.SpeakerId],
                q.TurnId is null ? -1 : turnIndex[q.TurnId] | (q.FromTurn ? ArticleRecord.TurnQuote : 0))).ToArray(),
            Figures = a.Figures.Select(f => new RecordFigure(f.Source, Range(f.Range), f.Value, f.Lower, f.Upper, _units[f.Unit], _measures[f.Measure],
                Code(f.Qualifier), Person(f.StatedBy))).ToArray(),
            Corrections = a.Corrections.Select(c => new RecordItem(c.Source, Range(c.Range), Code(c.Kind))).ToArray(),
            Terms = a.Terms.Select(t => new RecordItem(t.Source, Range(t.Range), Code(t.Kind))).ToArray(),
            Mentions = a.Mentions.Select(m => _people[m]).ToArray(),
        };
        return record.Write();
    }

    private int Person(string? id) => id is null ? -1 : _people[id];

    // A flags value as the record stores it: bit i for the value of code i.
    private static int Flags(TextProcessing processing)
    {
        var flags = 0;
        foreach (var step in VocabularyTable<TextProcessing>.Values)
        {
            if ((processing & step) != 0) flags |= 1 << Code(step);
        }
        return flags;
    }

    // A value's code is its position in its vocabulary (VocabularyTable), the same table the runtime reads with.
    private static int Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var code = VocabularyTable<TEnum>.CodeOf(value);
        return code >= 0 ? code : throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} has no code");
    }

    private static RecordRange Range(TextRange range) => new(range.Start, range.End);

    private static Dictionary<string, int> Positions(IEnumerable<string> ids)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) positions[id] = positions.Count;
        return positions;
    }
}
