using System;
using System.Collections.Generic;
using System.Text;

namespace KzDataset.Shared;

/// <summary>Shared source: writes the varints of the compiled data (see <see cref="ArticleRecord"/>).</summary>
internal sealed class RecordWriter
{
    private readonly List<byte> _bytes = new();

    public byte[] ToArray() => _bytes.ToArray();

    public void ULong(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        _bytes.Add((byte)value);
    }

    public void Int(int value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "record integers are never negative");
        ULong((ulong)value);
    }

    public void Optional(int value) => Int(value < 0 ? 0 : value + 1);

    public void Bool(bool value) => Int(value ? 1 : 0);

    // Ranges are short and close to their start: the length is smaller than the end.
    public void Range(RecordRange range)
    {
        Int(range.Start);
        Int(range.End - range.Start);
    }

    public void Ranges(RecordRange[] ranges)
    {
        Int(ranges.Length);
        foreach (var range in ranges) Range(range);
    }

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

    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Int(bytes.Length);
        _bytes.AddRange(bytes);
    }

    public void Bytes(byte[] bytes) => _bytes.AddRange(bytes);

    public int Length => _bytes.Count;

    public void Decimal(decimal? value)
    {
        Bool(value.HasValue);
        if (value is not { } d) return;
        foreach (var part in decimal.GetBits(d)) ULong((uint)part);
    }
}
