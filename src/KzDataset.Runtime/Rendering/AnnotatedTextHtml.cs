using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KzDataset.Rendering;

/// <summary>
/// An article's verbatim text with its annotations as elements: quotes (speaker labelled), figures
/// (value, unit, qualifier, measure), corrections (the correct words beside the original) and
/// excluded spans. Annotations may nest or cross (a figure inside a quote, a correction across a
/// quote's edge): the text is cut at every boundary and elements are closed and reopened around a
/// crossing, so the output is always well nested.
/// </summary>
internal static class AnnotatedTextHtml
{
    /// <summary>One annotation: where it is, its element, what it shows first and what it leaves after itself.</summary>
    private sealed record Mark(int Start, int End, int Order, string Class, string Title, string? Label, string? After);

    public static void Write(StringBuilder html, Article article)
    {
        var text = article.RawText;
        var marks = Marks(article).Where(m => m.End > m.Start).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            cuts.Add(mark.Start);
            cuts.Add(mark.End);
        }

        html.Append("<div class=\"kzds-text\">");
        var open = new List<Mark>();
        var positions = cuts.ToArray();
        for (var i = 0; i + 1 < positions.Length; i++)
        {
            int from = positions[i], to = positions[i + 1];
            var wanted = marks.Where(m => m.Start <= from && m.End >= to)
                .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Order).ToList();
            var kept = 0;
            while (kept < open.Count && kept < wanted.Count && ReferenceEquals(open[kept], wanted[kept])) kept++;
            CloseDownTo(html, open, kept, from);
            foreach (var mark in wanted.Skip(kept))
            {
                html.Open("span", mark.Class, mark.Title);
                if (mark.Start == from && mark.Label is not null) html.Element("span", "kzds-who", mark.Label);
                open.Add(mark);
            }
            html.Text(text[from..to]);
        }
        CloseDownTo(html, open, 0, text.Length);
        html.Append("</div>");
    }

    /// <summary>Closes open elements down to <paramref name="keep"/>; one that ends here leaves its note after it.</summary>
    private static void CloseDownTo(StringBuilder html, List<Mark> open, int keep, int position)
    {
        for (var j = open.Count - 1; j >= keep; j--)
        {
            html.Close("span");
            if (open[j].End == position && open[j].After is { } after) html.Element("span", open[j].Class == "kzds-figure" ? "kzds-tag" : "kzds-fix", after);
            open.RemoveAt(j);
        }
    }

    private static IEnumerable<Mark> Marks(Article article)
    {
        foreach (var excluded in article.Excluded)
        {
            var reason = VocabularyWords.Of(excluded.Reason);
            yield return new Mark(excluded.Span.Start, excluded.Span.End, 0, "kzds-excluded",
                "excluded: " + reason + (excluded.Note is null ? "" : " — " + excluded.Note), null, null);
        }
        foreach (var quote in article.Quotes)
        {
            yield return new Mark(quote.Span.Start, quote.Span.End, 1, "kzds-quote",
                $"{quote.Speaker.Name} ({VocabularyWords.Of(quote.Kind)}) {quote.LocalId}", quote.Speaker.Name, null);
        }
        foreach (var figure in article.Figures)
        {
            var tag = $"{figure.ValueText} {figure.Unit.Name} · {VocabularyWords.Of(figure.Qualifier)} · {figure.Measure.Name}";
            yield return new Mark(figure.Span.Start, figure.Span.End, 2, "kzds-figure", tag + " — " + figure.Subject, null, "[" + tag + "]");
        }
        foreach (var correction in article.Corrections)
        {
            yield return new Mark(correction.Span.Start, correction.Span.End, 3, "kzds-wrong",
                VocabularyWords.Of(correction.Kind) + (correction.Note is null ? "" : ": " + correction.Note), null, "→ " + correction.Correct);
        }
    }
}
