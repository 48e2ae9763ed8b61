using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KzDataset.Rendering;

/// <summary>
/// Writes an <see cref="AnnotatedText"/>: the verbatim text with its marks as elements. Marks may
/// nest or cross (a figure inside a quote, a correction across a quote's edge): the text is cut at
/// every boundary and elements are closed and reopened around a crossing, so the output is always
/// well nested. What each mark looks like is the style's (<see cref="NotebookMarkup"/>, <see cref="SiteMarkup"/>).
/// </summary>
internal static class AnnotatedTextHtml
{
    /// <summary>One piece of a mark: the mark, and whether this piece is its first one (labels and ids go there).</summary>
    private sealed record Piece(TextMark Mark, bool First);

    public static void Write(StringBuilder html, AnnotatedText annotated, AnnotatedTextOptions options)
    {
        var site = options.Style == AnnotatedTextStyle.Site;
        var text = annotated.Text;
        var marks = annotated.Marks.Select((m, i) => (Mark: m, Index: i))
            .Where(m => site || NotebookMarkup.Shows(m.Mark.Kind))
            .ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (mark, _) in marks)
        {
            cuts.Add(mark.Start);
            cuts.Add(mark.End);
        }

        html.Append(site ? SiteMarkup.TextOpen : NotebookMarkup.TextOpen);
        var open = new List<Piece>();
        var started = new HashSet<int>();
        var positions = cuts.ToArray();
        for (var i = 0; i + 1 < positions.Length; i++)
        {
            int from = positions[i], to = positions[i + 1];
            var wanted = marks.Where(m => m.Mark.Start <= from && m.Mark.End >= to)
                .OrderBy(m => m.Mark.Start).ThenByDescending(m => m.Mark.End).ThenBy(m => m.Mark.Kind).ThenBy(m => m.Index).ToList();
            var kept = 0;
            while (kept < open.Count && kept < wanted.Count && ReferenceEquals(open[kept].Mark, wanted[kept].Mark)) kept++;
            CloseDownTo(html, open, kept, from, site);
            foreach (var (mark, index) in wanted.Skip(kept))
            {
                var piece = new Piece(mark, started.Add(index));
                if (site) SiteMarkup.Open(html, mark, piece.First);
                else NotebookMarkup.Open(html, mark, piece.First);
                open.Add(piece);
            }
            html.Text(text[from..to]);
        }
        CloseDownTo(html, open, 0, text.Length, site);
        html.Append("</div>");
    }

    /// <summary>Closes open elements down to <paramref name="keep"/>; one that ends here leaves what it shows after itself.</summary>
    private static void CloseDownTo(StringBuilder html, List<Piece> open, int keep, int position, bool site)
    {
        for (var j = open.Count - 1; j >= keep; j--)
        {
            var mark = open[j].Mark;
            if (site) SiteMarkup.Close(html, mark, mark.End == position);
            else NotebookMarkup.Close(html, mark, mark.End == position);
            open.RemoveAt(j);
        }
    }
}
