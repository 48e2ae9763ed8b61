using System;
using System.Collections.Generic;
using System.IO;
using KzDataset.Rendering;
using Microsoft.DotNet.Interactive.Formatting;

namespace KzDataset.Interactive;

/// <summary>
/// The notebook displays of the corpus records, for <c>text/html</c> and <c>text/plain</c>, drawn by
/// <see cref="HtmlRenderer"/> and <see cref="TextRenderer"/> instead of the kernel's default walk of
/// the object graph (which follows article → quotes → article … into megabytes). A sequence shows
/// as many rows as <see cref="Formatter.ListExpansionLimit"/> says, read at each display.
/// </summary>
public static class KzFormatters
{
    /// <summary>Registers the formatters with <see cref="Formatter"/>; registering again replaces nothing and changes nothing.</summary>
    public static void Register()
    {
        Both<Article>(HtmlRenderer.Render, TextRenderer.Render);
        Both<Quote>(HtmlRenderer.Render, TextRenderer.Render);
        Both<Figure>(HtmlRenderer.Render, TextRenderer.Render);
        Both<Person>(HtmlRenderer.Render, TextRenderer.Render);
        Both<Correction>(HtmlRenderer.Render, TextRenderer.Render);
        Both<Turn>(HtmlRenderer.Render, TextRenderer.Render);
        Both<TextSpan>(HtmlRenderer.Render, TextRenderer.Render);

        Many<Article>(HtmlRenderer.Render, TextRenderer.Render);
        Many<Quote>(HtmlRenderer.Render, TextRenderer.Render);
        Many<Figure>(HtmlRenderer.Render, TextRenderer.Render);
        Many<Person>(HtmlRenderer.Render, TextRenderer.Render);
        Many<Correction>(HtmlRenderer.Render, TextRenderer.Render);
        Many<Turn>(HtmlRenderer.Render, TextRenderer.Render);
        Many<TextSpan>(HtmlRenderer.Render, TextRenderer.Render);
    }

    private static void Both<T>(Func<T, string> html, Func<T, string> text)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
        Formatter.Register<T>((value, writer) => writer.Write(text(value)), PlainTextFormatter.MimeType);
    }

    // IEnumerable<Person> also takes sequences of experts (covariance), IEnumerable<Quote> a list, an array or a query.
    private static void Many<T>(Func<IEnumerable<T>, int, string> html, Func<IEnumerable<T>, int, string> text)
    {
        Formatter.Register<IEnumerable<T>>((values, writer) => Write(writer, html(values, Formatter.ListExpansionLimit)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<T>>((values, writer) => Write(writer, text(values, Formatter.ListExpansionLimit)), PlainTextFormatter.MimeType);
    }

    private static void Write(TextWriter writer, string rendered) => writer.Write(rendered);
}
