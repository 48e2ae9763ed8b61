using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Rendering;

/// <summary>
/// What a renderer draws for an article: its verbatim text and the marks on it. An article of a
/// corpus maps to one (<see cref="From(Article)"/>); so does an article that failed its checks,
/// from its text and the places its diagnostics point at, so both render through one writer.
/// </summary>
public sealed class AnnotatedText
{
    /// <summary>A text and its marks; marks outside the text are clipped to it, empty ones are dropped.</summary>
    public AnnotatedText(string text, IEnumerable<TextMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        Text = text;
        Marks = marks
            .Select(m => m with { Start = Math.Clamp(m.Start, 0, text.Length), End = Math.Clamp(m.End, 0, text.Length) })
            .Where(m => m.End > m.Start)
            .ToList();
    }

    /// <summary>The verbatim text.</summary>
    public string Text { get; }

    /// <summary>The marks, in the order given.</summary>
    public IReadOnlyList<TextMark> Marks { get; }

    /// <summary>This text with more marks (a diagnostic's place, say).</summary>
    public AnnotatedText With(IEnumerable<TextMark> marks) => new(Text, Marks.Concat(marks));

    /// <summary>
    /// An article's text with its excluded spans, turns, quotes (coloured by their speaker's first
    /// appearance), figures, corrections and outlet and date cues.
    /// </summary>
    public static AnnotatedText From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new AnnotatedText(article.RawText, MarksOf(article));
    }

    /// <summary>The article's speakers in the order they are first quoted: their position is their colour.</summary>
    public static IReadOnlyList<Person> Speakers(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Quotes.OrderBy(q => q.Span.Start).Select(q => q.Speaker).Distinct().ToList();
    }

    /// <summary>How many speaker colours there are; a ninth speaker shares the first one's.</summary>
    public const int ColorCount = 8;

    /// <summary>A figure's value, unit, qualifier and measure, as its tooltip shows them.</summary>
    public static string FigureTag(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{figure.ValueText} {figure.Unit.Name} · {VocabularyWords.Of(figure.Qualifier)} · {figure.Measure.Name}";
    }

    private static IEnumerable<TextMark> MarksOf(Article article)
    {
        foreach (var excluded in article.Excluded)
        {
            var reason = VocabularyWords.Of(excluded.Reason);
            yield return new TextMark(TextMarkKind.Excluded, excluded.Span.Start, excluded.Span.End)
            {
                Category = reason,
                Detail = "excluded: " + reason + (excluded.Note is null ? "" : " — " + excluded.Note),
            };
        }
        foreach (var turn in article.Turns)
        {
            yield return new TextMark(TextMarkKind.Turn, turn.Span.Start, turn.Span.End)
            {
                Id = turn.LocalId,
                Label = turn.Speaker?.Name ?? VocabularyWords.Of(turn.Role),
                Detail = turn.Note,
            };
        }
        var colors = Speakers(article).Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i % ColorCount);
        foreach (var quote in article.Quotes)
        {
            yield return new TextMark(TextMarkKind.Quote, quote.Span.Start, quote.Span.End)
            {
                Id = quote.LocalId,
                Label = quote.Speaker.Name,
                Category = quote.Speaker.Id,
                Detail = $"{quote.Speaker.Name} ({VocabularyWords.Of(quote.Kind)}) {quote.LocalId}",
                Color = colors[quote.Speaker],
            };
        }
        foreach (var figure in article.Figures)
        {
            var tag = FigureTag(figure);
            yield return new TextMark(TextMarkKind.Figure, figure.Span.Start, figure.Span.End)
            {
                Id = figure.LocalId,
                Label = tag,
                Detail = tag + " — " + figure.Subject,
            };
        }
        foreach (var correction in article.Corrections)
        {
            yield return new TextMark(TextMarkKind.Correction, correction.Span.Start, correction.Span.End)
            {
                Id = correction.LocalId,
                Label = correction.Correct,
                Detail = VocabularyWords.Of(correction.Kind) + (correction.Note is null ? "" : ": " + correction.Note),
            };
        }
        foreach (var cue in article.OutletCues)
        {
            yield return new TextMark(TextMarkKind.Cue, cue.Start, cue.End) { Category = "outlet", Detail = "outlet cue: " + article.Outlet.Name };
        }
        foreach (var cue in article.Published.Cues)
        {
            yield return new TextMark(TextMarkKind.Cue, cue.Start, cue.End) { Category = "date", Detail = "date cue: " + RecordKinds.DateText(article.Published) };
        }
    }
}
