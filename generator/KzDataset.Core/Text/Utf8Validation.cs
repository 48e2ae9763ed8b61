namespace KzDataset.Core.Text;


/// <summary>
/// Finds the first byte of an ill-formed UTF-8 sequence (overlong forms, surrogates and code points
/// above U+10FFFF included, as the Unicode standard defines well-formedness). Hand-written because
/// the netstandard2.0 decoder reports the position of a failure only relative to its internal buffer.
/// </summary>
public static class Utf8Validation
{
    /// <returns>The offset of the first invalid byte, or -1 when all of them are well-formed UTF-8.</returns>
    public static int FirstInvalidByte(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int length, min, max;
            if (b >= 0xC2 && b <= 0xDF) (length, min, max) = (2, 0x80, 0xBF);
            else if (b == 0xE0) (length, min, max) = (3, 0xA0, 0xBF);
            else if (b == 0xED) (length, min, max) = (3, 0x80, 0x9F);
            else if (b >= 0xE1 && b <= 0xEF) (length, min, max) = (3, 0x80, 0xBF);
            else if (b == 0xF0) (length, min, max) = (4, 0x90, 0xBF);
            else if (b == 0xF4) (length, min, max) = (4, 0x80, 0x8F);
            else if (b >= 0xF1 && b <= 0xF3) (length, min, max) = (4, 0x80, 0xBF);
            else return i;
            // The second byte has the narrowed range; the others are plain continuation bytes.
            for (var k = 1; k < length; k++)
            {
                if (i + k >= bytes.Length) return i;
                var c = bytes[i + k];
                var (low, high) = k == 1 ? (min, max) : (0x80, 0xBF);
                if (c < low || c > high) return i;
            }
            i += length;
        }
        return -1;
    }
}

/// <summary>
/// Where a seed file stops being UTF-8: the offset of its first invalid byte, and the character
/// the decoder put in its place (U+FFFD) in the decoded content.
/// </summary>
public sealed record NotUtf8(int ByteOffset, int CharIndex);
