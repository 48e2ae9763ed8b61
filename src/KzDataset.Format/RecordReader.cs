using System;
using System.Collections.Generic;
using System.Text;

namespace KzDataset.Format;

/// <summary>Reads the varints of the compiled data (see <see cref="RecordWriter"/>); damaged bytes are a <see cref="FormatException"/>.</summary>
public sealed class RecordReader
{
    private readonly byte[] _data;
    private int _position;

    /// <summary>Reads <paramref name="data"/> from <paramref name="offset"/>.</summary>
    public RecordReader(byte[] data, int offset)
    {
        _data = data;
        _position = offset;
    }

    /// <summary>An unsigned LEB128 varint.</summary>
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

    /// <summary>A varint that fits an int.</summary>
    public int Int()
    {
        var value = ULong();
        if (value > int.MaxValue) throw new FormatException("an article record holds a number out of range");
        return (int)value;
    }

    // A count bounds the allocation it leads to: no more items than bytes left.
    /// <summary>A count of items or bytes, no larger than the bytes left (so it bounds what it allocates).</summary>
    public int Count()
    {
        var count = Int();
        if (count > _data.Length - _position) throw new FormatException("an article record holds a count past its end");
        return count;
    }

    /// <summary>An optional int: -1 when absent.</summary>
    public int Optional() => Int() - 1;

    /// <summary>A bool (a varint, 0 or not).</summary>
    public bool Bool() => Int() != 0;

    /// <summary>A span: its start and length.</summary>
    public RecordRange Range()
    {
        var start = Int();
        var length = Int();
        return new RecordRange(start, checked(start + length));
    }

    /// <summary>A counted list of spans.</summary>
    public RecordRange[] Ranges()
    {
        var ranges = new RecordRange[Count()];
        for (var i = 0; i < ranges.Length; i++) ranges[i] = Range();
        return ranges;
    }

    /// <summary>A counted list of items.</summary>
    public RecordItem[] Items()
    {
        var items = new RecordItem[Count()];
        for (var i = 0; i < items.Length; i++) items[i] = new RecordItem(Int(), Range(), Int(), Optional(), Optional());
        return items;
    }

    /// <summary>Where the next value starts.</summary>
    public int Position => _position;

    /// <summary>Moves past <paramref name="count"/> bytes.</summary>
    public void Skip(int count)
    {
        if (count < 0 || count > _data.Length - _position) throw new FormatException("an article record skips past its end");
        _position += count;
    }

    /// <summary>The bytes left, as UTF-8.</summary>
    public string Utf8ToEnd()
    {
        var value = Encoding.UTF8.GetString(_data, _position, _data.Length - _position);
        _position = _data.Length;
        return value;
    }

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public string String()
    {
        var length = Count();
        var value = Encoding.UTF8.GetString(_data, _position, length);
        _position += length;
        return value;
    }

    /// <summary>An optional decimal: a flag, then its four 32-bit parts.</summary>
    public decimal? Decimal()
    {
        if (!Bool()) return null;
        return new decimal(new[] { (int)(uint)ULong(), (int)(uint)ULong(), (int)(uint)ULong(), (int)(uint)ULong() });
    }
}
