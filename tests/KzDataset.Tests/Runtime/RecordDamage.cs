using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Format;

namespace KzDataset.Tests.Runtime;

/// <summary>
/// Ways to damage one article of the bundled corpus: its record's bytes (a flipped, a removed or an
/// inserted byte, a cut), one field of its record set to another value (a position, a code, a
/// span, a date, a fingerprint), or its sidecar's or text's bytes with the record's fingerprint made
/// to match them (so the damage reaches the decoding behind the fingerprint check).
/// </summary>
internal sealed record RecordDamage(int Article, int Kind, int Field, int Element, int Position, int Value)
{
    public const int Kinds = 8;

    public const int Fields = 24;

    public override string ToString() => $"article {Article}, kind {Kind}, field {Field}, element {Element}, position {Position}, value {Value}";

    /// <summary>The articles and files after the damage.</summary>
    public (List<BundledCorpusData.Entry> Articles, Dictionary<string, byte[]> Files) Apply(BundledCorpusData corpus)
    {
        var articles = corpus.Articles.ToList();
        var files = new Dictionary<string, byte[]>((IDictionary<string, byte[]>)corpus.Files.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);
        var target = articles[Article % articles.Count];
        var bytes = target.Record;
        byte[] damaged;
        switch (Kind)
        {
            case 0: damaged = Flip(bytes); break;
            case 1: damaged = bytes[..(Position % bytes.Length)]; break;
            case 2: damaged = Insert(bytes); break;
            case 3: damaged = bytes.Where((_, i) => i != Position % bytes.Length).ToArray(); break;
            case 4:
            case 5:
            {
                var record = ArticleRecord.Read(bytes, 0);
                SetField(record);
                damaged = record.Write();
                break;
            }
            default:
            {
                // The sidecar (6) or the text (7) changed, and the record's fingerprint with it.
                var name = Kind == 6 ? BundledCorpusData.SidecarName(target) : BundledCorpusData.TextName(target);
                var changed = (Position % 3) switch { 0 => Flip(files[name]), 1 => files[name][..(Position % files[name].Length)], _ => Insert(files[name]) };
                files[name] = changed;
                var record = ArticleRecord.Read(bytes, 0);
                var withoutBom = changed.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? changed.AsSpan(3) : changed;
                if (Kind == 6) record.SidecarFingerprint = ArticleRecord.Fingerprint(withoutBom);
                else record.TextFingerprint = ArticleRecord.Fingerprint(withoutBom);
                damaged = record.Write();
                break;
            }
        }
        articles[articles.IndexOf(target)] = target with { Record = damaged };
        return (articles, files);
    }

    private byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[Position % copy.Length] ^= (byte)(1 + Value % 255);
        return copy;
    }

    private byte[] Insert(byte[] bytes)
    {
        var at = Position % (bytes.Length + 1);
        return bytes[..at].Append((byte)Value).Concat(bytes[at..]).ToArray();
    }

    // A value near the edge as often as an arbitrary one: the count itself, just past it, small and
    // large ones (below 2^29, so a link with its turn-quote bit, plus one, is still a record integer).
    private static int Near(int count, int value) => (value % 4) switch
    {
        0 => count,
        1 => count + 1 + value % 7,
        2 => value,
        _ => (int)((long)value * 4099 % (1 << 29)),
    };

    private void SetField(ArticleRecord r)
    {
        var v = Value;
        switch (Field)
        {
            case 0: r.TextLength = Near(r.TextLength, v) % (r.TextLength + 2); break;
            case 1: r.Outlet = Near(12, v); break;
            case 2: r.Year = v % 3 == 0 ? 0 : Near(9999, v); break;
            case 3: r.Month = Near(12, v); break;
            case 4: r.Day = Near(31, v); break;
            case 5: r.Precision = Near(3, v); break;
            case 6: r.Format = Near(4, v); break;
            case 7: r.Processing = Near(16, v); break;
            case 8: r.Title = new RecordRange(Near(r.TextLength, v), Near(r.TextLength, v) + v % 5); break;
            case 9: r.Mentions = Edit(r.Mentions, m => Near(300, v)); break;
            case 10: r.Exclusions = Edit(r.Exclusions, Item); break;
            case 11: r.Turns = Edit(r.Turns, Item); break;
            case 12: r.Quotes = Edit(r.Quotes, Item); break;
            case 13: r.Corrections = Edit(r.Corrections, Item); break;
            case 14: r.Terms = Edit(r.Terms, Item); break;
            case 15: r.Figures = Edit(r.Figures, Figure); break;
            case 16: r.Paragraphs = Edit(r.Paragraphs, p => v % 2 == 0 ? Array.Empty<RecordRange>() : Edit(p, s => Range(s, r.TextLength))); break;
            case 17: r.OutletCues = r.OutletCues.Append(Range(default, r.TextLength)).ToArray(); break;
            case 18: r.DateCues = Edit(r.DateCues.Length == 0 ? new[] { default(RecordRange) } : r.DateCues, s => Range(s, r.TextLength)); break;
            case 19: r.TextFingerprint ^= (ulong)v + 1; break;
            case 20: r.SidecarFingerprint ^= (ulong)v + 1; break;
            case 21: r.Quotes = Edit(r.Quotes, q => new RecordItem(q.Source, q.Range, q.Code, q.Reference, Near(r.Turns.Length, v) | (v % 2 == 0 ? ArticleRecord.TurnQuote : 0))); break;
            case 22: r.Quotes = Edit(r.Quotes, q => new RecordItem(Near(40, v), q.Range, q.Code, q.Reference, q.Link)); break;
            default: r.Figures = Edit(r.Figures, f => new RecordFigure(Near(20, v), f.Range, f.Value, f.Lower, f.Upper, f.Unit, f.Measure, f.Qualifier, f.StatedBy)); break;
        }
    }

    private RecordRange Range(RecordRange range, int textLength)
        => Value % 2 == 0 ? new RecordRange(Near(textLength, Value), Near(textLength, Value) + Value % 9) : new RecordRange(range.Start, range.End + 1 + Value % 3);

    // One of the item's numbers set to the value (a reference or a link may be -1: none).
    private RecordItem Item(RecordItem i) => (Value % 5) switch
    {
        0 => new RecordItem(Near(30, Value), i.Range, i.Code, i.Reference, i.Link),
        1 => new RecordItem(i.Source, Range(i.Range, int.MaxValue / 4), i.Code, i.Reference, i.Link),
        2 => new RecordItem(i.Source, i.Range, Near(15, Value), i.Reference, i.Link),
        3 => new RecordItem(i.Source, i.Range, i.Code, Near(300, Value) - 1, i.Link),
        _ => new RecordItem(i.Source, i.Range, i.Code, i.Reference, Near(10, Value) - 1),
    };

    private RecordFigure Figure(RecordFigure f) => (Value % 5) switch
    {
        0 => new RecordFigure(f.Source, f.Range, f.Value, f.Lower, f.Upper, Near(8, Value), f.Measure, f.Qualifier, f.StatedBy),
        1 => new RecordFigure(f.Source, f.Range, f.Value, f.Lower, f.Upper, f.Unit, Near(12, Value), f.Qualifier, f.StatedBy),
        2 => new RecordFigure(f.Source, f.Range, f.Value, f.Lower, f.Upper, f.Unit, f.Measure, Near(9, Value), f.StatedBy),
        3 => new RecordFigure(f.Source, f.Range, f.Value, f.Lower, f.Upper, f.Unit, f.Measure, f.Qualifier, Near(300, Value) - 1),
        _ => new RecordFigure(f.Source, Range(f.Range, 0), f.Value, f.Lower, f.Upper, f.Unit, f.Measure, f.Qualifier, f.StatedBy),
    };

    private T[] Edit<T>(T[] items, Func<T, T> change)
    {
        if (items.Length == 0) return items;
        var copy = (T[])items.Clone();
        var at = Element % copy.Length;
        copy[at] = change(copy[at]);
        return copy;
    }
}
