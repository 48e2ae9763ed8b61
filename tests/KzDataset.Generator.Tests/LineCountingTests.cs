using System.Linq;
using CsCheck;
using KzDataset.Core.Text;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// One rule for lines (\n, \r\n and a lone \r each end one), in the generator's diagnostics and the
/// runtime's <c>TextSpan.Line</c> alike: both use <see cref="LineStarts"/>, checked here against an
/// independent count.
/// </summary>
public sealed class LineCountingTests
{
    // The line of an offset, counted directly: the line ends before it; a \r\n ends its line at its \n.
    private static int Oracle(string text, int offset)
    {
        var line = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n') line++;
            else if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) line++;
        }
        return line;
    }

    [Fact]
    public void Lines_agree_with_a_direct_count_for_every_mix_of_line_ends()
    {
        Gen.Char["ab\r\n"].Array[0, 40].Select(c => new string(c)).Sample(text =>
        {
            var starts = LineStarts.Of(text);
            var index = new LineIndex(text);
            return Enumerable.Range(0, text.Length + 1).All(offset =>
                LineStarts.LineOf(starts, offset) == Oracle(text, offset) && index.LineOf(offset) == Oracle(text, offset));
        }, iter: 5_000);
    }

    [Theory]
    [InlineData("a\rb\r\nc\nd", 7, 3)]
    [InlineData("\r\r\n\n", 4, 3)]
    [InlineData("a\r", 2, 1)]
    public void A_lone_carriage_return_ends_a_line(string text, int offset, int line)
    {
        Assert.Equal(line, LineStarts.LineOf(LineStarts.Of(text), offset));
        Assert.Equal(line, new LineIndex(text).LineOf(offset));
    }
}
