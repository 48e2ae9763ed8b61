using System.Text;

namespace KzDataset.Generator.Json;

/// <summary>
/// Converts byte offsets reported by <c>Utf8JsonReader</c> into UTF-16 offsets of the decoded
/// text, so JSON positions can be reported at the right column of lines with non-ASCII text.
/// </summary>
internal sealed class Utf8OffsetMap
{
    private readonly int[] _charAtByte;

    public Utf8OffsetMap(string text)
    {
        Bytes = Encoding.UTF8.GetBytes(text);
        _charAtByte = new int[Bytes.Length + 1];
        var b = 0;
        for (var c = 0; c < text.Length; c++)
        {
            int width;
            var ch = text[c];
            if (char.IsHighSurrogate(ch) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]))
            {
                width = 4;
                for (var k = 0; k < width; k++) _charAtByte[b + k] = c;
                b += width;
                c++;
                continue;
            }
            width = ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
            for (var k = 0; k < width; k++) _charAtByte[b + k] = c;
            b += width;
        }
        _charAtByte[Bytes.Length] = text.Length;
    }

    public byte[] Bytes { get; }

    public int CharOffset(long byteOffset)
    {
        if (byteOffset <= 0) return 0;
        if (byteOffset >= _charAtByte.Length) return _charAtByte[_charAtByte.Length - 1];
        return _charAtByte[byteOffset];
    }
}
