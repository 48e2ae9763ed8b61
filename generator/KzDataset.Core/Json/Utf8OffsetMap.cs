using System.Text;

namespace KzDataset.Core.Json;

/// <summary>
/// Converts byte offsets reported by <c>Utf8JsonReader</c> into UTF-16 offsets of the decoded
/// text, so JSON positions can be reported at the right column of lines with non-ASCII text. The
/// reader asks in increasing order, so a cursor walks the bytes once (no table per byte); an
/// earlier offset restarts the walk from the beginning.
/// </summary>
internal sealed class Utf8OffsetMap
{
    private long _byte;
    private int _char;
    private int _lastUnits;

    public Utf8OffsetMap(string text)
    {
        Bytes = Encoding.UTF8.GetBytes(text);
    }

    public byte[] Bytes { get; }

    public int CharOffset(long byteOffset)
    {
        if (byteOffset <= 0) return 0;
        if (byteOffset > Bytes.Length) byteOffset = Bytes.Length;
        if (byteOffset < _byte)
        {
            _byte = 0;
            _char = 0;
            _lastUnits = 0;
        }
        while (_byte < byteOffset)
        {
            var b = Bytes[_byte];
            // A lead byte starts a character; a four-byte sequence is two UTF-16 units.
            var width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            _lastUnits = width == 4 ? 2 : 1;
            _char += _lastUnits;
            _byte += width;
        }
        // An offset inside a multi-byte character maps to that character's first unit.
        return _byte > byteOffset ? _char - _lastUnits : _char;
    }
}
