using System;
using System.Collections.Generic;
using System.Text;

namespace KzDataset.Format;

/// <summary>Writes the varints of the compiled data (see <see cref="ArticleRecord"/>): unsigned LEB128.</summary>
public sealed class RecordWriter
{
    private readonly List<byte> _bytes = new();

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>An unsigned LEB128 varint.</summary>
    public void ULong(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        _bytes.Add((byte)value);
    }

    /// <summary>A non-negative int as a varint.</summary>
    public void Int(int value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "record integers are never negative");
        ULong((ulong)value);
    }

    /// <summary>An optional int (negative for absent).</summary>
    public void Optional(int value) => Int(value < 0 ? 0 : value + 1);

    /// <summary>A bool.</summary>
    public void Bool(bool value) => Int(value ? 1 : 0);

    /// <summary>A span: its start and length (ranges are short and close to their start: the length is smaller than the end).</summary>
    public void Range(RecordRange range)
    {
        Int(range.Start);
        Int(range.End - range.Start);
    }

    /// <summary>A counted list of spans.</summary>
    public void Ranges(RecordRange[] ranges)
    {
        Int(ranges.Length);
        foreach (var range in ranges) Range(range);
    }

    /// <summary>A counted list of items.</summary>
    public void Items(RecordItem[] items)
    {
        Int(items.Length);
        foreach (var item in items)
        {
            Int(item.Source);
            Range(item.Range);
            Int(item.Code);
            Optional(item.Reference);
            Optional(item.Link);
        }
    }

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Int(bytes.Length);
        _bytes.AddRange(bytes);
    }

    /// <summary>One byte as it is.</summary>
    public void Byte(byte value) => _bytes.Add(value);

    /// <summary>Bytes as they are.</summary>
    public void Bytes(byte[] bytes) => _bytes.AddRange(bytes);

    /// <summary>How many bytes are written.</summary>
    public int Length => _bytes.Count;

    /// <summary>An optional decimal: a flag, then its four 32-bit parts.</summary>
    public void Decimal(decimal? value)
    {
        Bool(value.HasValue);
        if (value is not { } d) return;
        foreach (var part in decimal.GetBits(d)) ULong((uint)part);
    }
}
