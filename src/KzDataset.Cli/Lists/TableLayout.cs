using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Cli.Lists;

/// <summary>
/// Fits a table into a width: ids, dates, words and counts keep their whole width (they never wrap), prose
/// shares what is left; when even that does not fit, the columns with the highest drop rank go first. A table
/// whose undroppable columns do not fit has no layout (the caller shows the rows one under another instead).
/// </summary>
internal static class TableLayout
{
    /// <summary>The narrowest a prose column is made before a column is dropped instead.</summary>
    public const int ProseMinimum = 12;

    /// <summary>Prose this wide or narrower (names, outlets) is given its whole width before longer prose grows.</summary>
    public const int ShortProse = 24;

    /// <summary>What a rounded box table spends besides its cells: two edges, separators and one space of padding each side.</summary>
    public static int Overhead(int columns) => (3 * columns) + 1;

    /// <summary>
    /// The columns kept (indexes into <paramref name="natural"/>), their widths and whether they show their short
    /// form, or null when the kept columns cannot fit.
    /// </summary>
    /// <param name="natural">Each column's natural width (its widest cell, header included).</param>
    /// <param name="shortNatural">Each column's natural width in its short form, or null when it has none.</param>
    /// <param name="headers">Each column's header width.</param>
    /// <param name="proseMinimum">For each column that wraps, the narrowest it may be made; 0 for a column that never wraps.</param>
    /// <param name="dropRanks">Each column's drop rank (0: never dropped).</param>
    /// <param name="width">The width available.</param>
    public static IReadOnlyList<(int Column, int Width, bool Short)>? Fit(IReadOnlyList<int> natural, IReadOnlyList<int?> shortNatural, IReadOnlyList<int> headers, IReadOnlyList<int> proseMinimum, IReadOnlyList<int> dropRanks, int width)
    {
        var kept = Enumerable.Range(0, natural.Count).ToList();
        var useShort = new bool[natural.Count];
        int Natural(int c) => useShort[c] ? shortNatural[c]!.Value : natural[c];
        bool Prose(int c) => proseMinimum[c] > 0;
        int Minimum(int c) => Prose(c) ? Math.Min(Natural(c), Math.Max(headers[c], proseMinimum[c])) : Natural(c);
        bool Fits() => kept.Sum(Minimum) + Overhead(kept.Count) <= width;
        // Short forms first: a column dropped loses more than a date written shorter.
        if (!Fits())
        {
            foreach (var c in kept) useShort[c] = shortNatural[c] is not null;
        }
        while (!Fits())
        {
            var droppable = kept.Where(c => dropRanks[c] > 0).ToList();
            if (droppable.Count == 0) return null;
            kept.Remove(droppable.MaxBy(c => dropRanks[c]));
        }

        var widths = kept.ToDictionary(c => c, Minimum);
        var spare = width - Overhead(kept.Count) - widths.Values.Sum();
        // Short prose (a name, an outlet) first gets its whole width, shortest first, so it does not wrap;
        // then the column furthest from its natural width grows, one character at a time.
        foreach (var c in kept.Where(c => Prose(c) && Natural(c) <= ShortProse).OrderBy(Natural))
        {
            var grow = Math.Min(spare, Natural(c) - widths[c]);
            widths[c] += grow;
            spare -= grow;
        }
        var growing = kept.Where(Prose).ToList();
        while (spare > 0 && growing.Count > 0)
        {
            var widest = growing.MaxBy(c => Natural(c) - widths[c]);
            if (Natural(widest) - widths[widest] <= 0) break;
            widths[widest]++;
            spare--;
        }
        return kept.Select(c => (c, widths[c], useShort[c])).ToList();
    }

    /// <summary>Prose for a column of <paramref name="width"/>: a word too long for it is cut with "…", so no word is broken across lines.</summary>
    public static string ShortenWords(string text, int width)
    {
        if (width < 2) return text;
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > width) words[i] = words[i][..(width - 1)] + "…";
        }
        return string.Join(' ', words);
    }
}
