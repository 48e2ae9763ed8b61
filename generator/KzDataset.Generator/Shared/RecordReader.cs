using System;
using System.Collections.Generic;
using System.Text;

namespace KzDataset.Shared;

/// <summary>Shared source: reads the varints of the compiled data; damaged bytes are a <see cref="FormatException"/>.</summary>
internal sealed class RecordReader
{
    private readonly byte[] _data;
    private int _position;

    public RecordReader(byte[] data, int offset)
    {
        _data = data;
        _position = offset;
    }

    public ulong ULong()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length) throw new FormatException("an article record ends early");
            var b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new FormatException("an article record holds an over-long number");
    }

    public int Int()
    {
        var value = ULong();
        if (value > int.MaxValue) throw new FormatException("an article record holds a number out of range");
        return (int)value;
    }

    // A count bounds the allocation it leads to: no more items than bytes left.
    public int Count()
    {
        var count = Int();
        if (count > _data.Length - _position) throw new FormatException("an article record holds a count past its end");
        return count;
    }

    public int Optional() => Int() - 1;

    public bool Bool() => Int() != 0;

    public RecordRange Range()
    {
        var start = Int();
        var length = Int();
        return new RecordRange(start, checked(start + length));
    }

    public RecordRange[] Ranges()
    {
        var ranges = new RecordRange[Count()];
        for (var i = 0; i < ranges.Length; i++) ranges[i] = Range();
        return ranges;
    }

    public RecordItem[] Items()
    {
        var items = new RecordItem[Count()];
        for (var i = 0; i < items.Length; i++) items[i] = new RecordItem(Int(), Range(), Int(), Optional(), Optional());
        return items;
    }

    public int Position => _position;

    public void Skip(int count) => _position += count;

    public string String()
    {
        var length = Count();
        var value = Encoding.UTF8.GetString(_data, _position, length);
        _position += length;
        return value;
    }

    public decimal? Decimal()
    {
        if (!Bool()) return null;
        return new decimal(new[] { (int)(uint)ULong(), (int)(uint)ULong(), (int)(uint)ULong(), (int)(uint)ULong() });
    }
}
