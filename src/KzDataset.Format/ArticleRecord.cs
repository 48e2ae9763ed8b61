using System;
using System.Collections.Generic;

namespace KzDataset.Format;

// An article record holds everything the
// build computed and the sidecar does not say in so many words: resolved offsets, vocabulary codes
// (positions in the generator's vocabularies, which the runtime enums follow), registry positions
// (ids sorted ordinally), dates, figure values, paragraphs and the people mentioned. Free text
// (ids, notes, subjects…) stays in the embedded sidecar and is read there by array position
// (Source). Encoding: unsigned LEB128 varints; -1 ("none") is stored as 0, everything else as n+1
// where a field may be absent.

/// <summary>One article's computed data, as written by the generator and read by the runtime.</summary>
public sealed class ArticleRecord
{
    /// <summary>Set in <see cref="RecordItem.Link"/> when a quote is an answer turn itself (its id is the turn's).</summary>
    public const int TurnQuote = 1 << 30;

    /// <summary>The text's length in UTF-16 characters.</summary>
    public int TextLength { get; set; }

    /// <summary>FNV-1a (64-bit) of the text's UTF-8 bytes without a byte-order mark: the runtime's check that it reads the text the build checked.</summary>
    public ulong TextFingerprint { get; set; }

    /// <summary>FNV-1a (64-bit) of the sidecar's UTF-8 bytes without a byte-order mark: the runtime checks it reads the sidecar the build checked.</summary>
    public ulong SidecarFingerprint { get; set; }

    /// <summary>The title's span, or null when the text has none.</summary>
    public RecordRange? Title { get; set; }

    /// <summary>The outlet's position in the registry's id order.</summary>
    public int Outlet { get; set; }

    /// <summary>True when the outlet was inferred from cues in the text.</summary>
    public bool OutletInferred { get; set; }

    /// <summary>The cues the outlet was inferred from.</summary>
    public RecordRange[] OutletCues { get; set; } = Array.Empty<RecordRange>();

    /// <summary>The publication year.</summary>
    public int Year { get; set; }

    /// <summary>The publication month (1–12), or 0.</summary>
    public int Month { get; set; }

    /// <summary>The publication day (1–31), or 0.</summary>
    public int Day { get; set; }

    /// <summary>The date's precision as a vocabulary code.</summary>
    public int Precision { get; set; }

    /// <summary>True when the date was inferred from cues in the text.</summary>
    public bool DateInferred { get; set; }

    /// <summary>The cues the date was inferred from.</summary>
    public RecordRange[] DateCues { get; set; } = Array.Empty<RecordRange>();

    /// <summary>Bit i set for the i-th text-processing word.</summary>
    public int Processing { get; set; }

    /// <summary>The text's format as a vocabulary code.</summary>
    public int Format { get; set; }

    /// <summary>Spans left out of the analysed text, with their reason codes.</summary>
    public RecordItem[] Exclusions { get; set; } = Array.Empty<RecordItem>();

    /// <summary>The body's paragraphs, each as its lines' spans.</summary>
    public RecordRange[][] Paragraphs { get; set; } = Array.Empty<RecordRange[]>();

    /// <summary>The interview turns, with their role codes and speakers.</summary>
    public RecordItem[] Turns { get; set; } = Array.Empty<RecordItem>();

    /// <summary>The quotes, with their kind codes, speakers and turns.</summary>
    public RecordItem[] Quotes { get; set; } = Array.Empty<RecordItem>();

    /// <summary>The figures.</summary>
    public RecordFigure[] Figures { get; set; } = Array.Empty<RecordFigure>();

    /// <summary>The corrections of reading errors.</summary>
    public RecordItem[] Corrections { get; set; } = Array.Empty<RecordItem>();

    /// <summary>The quoted terms.</summary>
    public RecordItem[] Terms { get; set; } = Array.Empty<RecordItem>();

    /// <summary>The registry positions of the people the article mentions.</summary>
    public int[] Mentions { get; set; } = Array.Empty<int>();

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// FNV-1a, 64-bit, over little-endian 8-byte words and then the last bytes one by one: stable
    /// everywhere (string.GetHashCode is not), and eight times fewer steps than byte by byte.
    /// </summary>
    public static ulong Fingerprint(byte[] bytes, int start, int count)
    {
        unchecked
        {
            var hash = FnvOffset;
            var i = start;
            var end = start + count;
            for (; i + 8 <= end; i += 8)
            {
                ulong word = 0;
                for (var k = 7; k >= 0; k--) word = (word << 8) | bytes[i + k];
                hash = (hash ^ word) * FnvPrime;
            }
            for (; i < end; i++) hash = (hash ^ bytes[i]) * FnvPrime;
            return hash;
        }
    }

    /// <summary>The same fingerprint over bytes in place (the runtime reads resources without copying them).</summary>
    public static ulong Fingerprint(ReadOnlySpan<byte> bytes)
    {
        unchecked
        {
            var hash = FnvOffset;
            var i = 0;
            for (; i + 8 <= bytes.Length; i += 8)
            {
                hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i, 8))) * FnvPrime;
            }
            for (; i < bytes.Length; i++) hash = (hash ^ bytes[i]) * FnvPrime;
            return hash;
        }
    }

    /// <summary>The record's bytes, as <see cref="Read"/> reads them.</summary>
    public byte[] Write()
    {
        var w = new RecordWriter();
        w.Int(TextLength);
        w.ULong(TextFingerprint);
        w.ULong(SidecarFingerprint);
        w.Bool(Title.HasValue);
        if (Title is { } title) w.Range(title);
        w.Int(Outlet);
        w.Bool(OutletInferred);
        w.Ranges(OutletCues);
        w.Int(Year);
        w.Int(Month);
        w.Int(Day);
        w.Int(Precision);
        w.Bool(DateInferred);
        w.Ranges(DateCues);
        w.Int(Processing);
        w.Int(Format);
        w.Items(Exclusions);
        w.Int(Paragraphs.Length);
        foreach (var paragraph in Paragraphs) w.Ranges(paragraph);
        w.Items(Turns);
        w.Items(Quotes);
        w.Int(Figures.Length);
        foreach (var f in Figures)
        {
            w.Int(f.Source);
            w.Range(f.Range);
            w.Decimal(f.Value);
            w.Decimal(f.Lower);
            w.Decimal(f.Upper);
            w.Int(f.Unit);
            w.Int(f.Measure);
            w.Int(f.Qualifier);
            w.Optional(f.StatedBy);
        }
        w.Items(Corrections);
        w.Items(Terms);
        w.Int(Mentions.Length);
        foreach (var m in Mentions) w.Int(m);
        return w.ToArray();
    }

    /// <summary>Reads the record at <paramref name="offset"/>; throws <see cref="FormatException"/> on bytes that are not one.</summary>
    public static ArticleRecord Read(byte[] data, int offset)
    {
        var r = new RecordReader(data, offset);
        var record = new ArticleRecord
        {
            TextLength = r.Int(),
            TextFingerprint = r.ULong(),
            SidecarFingerprint = r.ULong(),
        };
        if (r.Bool()) record.Title = r.Range();
        record.Outlet = r.Int();
        record.OutletInferred = r.Bool();
        record.OutletCues = r.Ranges();
        record.Year = r.Int();
        record.Month = r.Int();
        record.Day = r.Int();
        record.Precision = r.Int();
        record.DateInferred = r.Bool();
        record.DateCues = r.Ranges();
        record.Processing = r.Int();
        record.Format = r.Int();
        record.Exclusions = r.Items();
        record.Paragraphs = new RecordRange[r.Count()][];
        for (var i = 0; i < record.Paragraphs.Length; i++) record.Paragraphs[i] = r.Ranges();
        record.Turns = r.Items();
        record.Quotes = r.Items();
        record.Figures = new RecordFigure[r.Count()];
        for (var i = 0; i < record.Figures.Length; i++)
        {
            record.Figures[i] = new RecordFigure(r.Int(), r.Range(), r.Decimal(), r.Decimal(), r.Decimal(), r.Int(), r.Int(), r.Int(), r.Optional());
        }
        record.Corrections = r.Items();
        record.Terms = r.Items();
        record.Mentions = new int[r.Count()];
        for (var i = 0; i < record.Mentions.Length; i++) record.Mentions[i] = r.Int();
        return record;
    }
}
