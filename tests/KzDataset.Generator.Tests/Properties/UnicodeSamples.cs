using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// Code points of every Unicode category, BMP and astral (as .NET classifies them), so generated
/// text reaches each category evenly rather than only the big ones (letters, unassigned).
/// </summary>
internal static class UnicodeSamples
{
    /// <summary>Up to 256 code points per category, spread over the whole range; surrogates are single UTF-16 units.</summary>
    public static readonly IReadOnlyList<string[]> ByCategory = Build();

    private static IReadOnlyList<string[]> Build()
    {
        var all = new List<int>[30];
        for (var i = 0; i < all.Length; i++) all[i] = new List<int>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            var category = cp is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(cp);
            all[(int)category].Add(cp);
        }
        return all.Where(l => l.Count > 0)
            .Select(l => Enumerable.Range(0, System.Math.Min(256, l.Count)).Select(i => l[(int)((long)i * l.Count / System.Math.Min(256, l.Count))]).Select(Text).ToArray())
            .ToList();
    }

    private static string Text(int cp) => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
}
