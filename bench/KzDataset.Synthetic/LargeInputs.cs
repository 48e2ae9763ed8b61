using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Synthetic;

/// <summary>
/// One-article corpora at the limits a seed check must stay linear and bounded in: a huge text,
/// a sidecar with a huge number of annotations, an anchor that occurs a huge number of times.
/// Each is valid except for completeness warnings (capped by the generator), so every check runs.
/// Files are (relative path, content), the text first.
/// </summary>
public static class LargeInputs
{
    public const string Text = "001_large.txt";
    public const string Sidecar = "001_large.json";

    /// <summary>A text of about <paramref name="megabytes"/> MB (news paragraphs, each with a number nobody annotated), one quote in its first line.</summary>
    public static IReadOnlyList<(string Path, string Content)> HugeText(int megabytes)
    {
        const string paragraph = "The crowd in the square grew to 1,200 by noon, and the police watched from the side streets while speakers took turns on a truck.\n\n";
        var text = new StringBuilder("Headline: \"Calm returns\", said Ann Example.\n\n", megabytes * 1_050_000);
        while (text.Length < megabytes * 1_000_000) text.Append(paragraph);
        return Corpus(text.ToString(), """{ "id": "headline", "speaker": "ann-example", "kind": "direct", "exact": "Calm returns" }""", figures: string.Empty);
    }

    /// <summary>A text of <paramref name="count"/> sentences, each quoted by its own annotation.</summary>
    public static IReadOnlyList<(string Path, string Content)> ManyAnnotations(int count)
    {
        var text = new StringBuilder("Headline\n\nAnn Example spoke.\n\n", count * 40);
        var quotes = new StringBuilder(count * 120);
        for (var i = 0; i < count; i++)
        {
            var words = Words(i);
            text.Append("She said \"").Append(words).Append("\".\n");
            if (i > 0) quotes.Append(",\n");
            quotes.Append("{ \"id\": \"q-").Append(words.Replace(' ', '-')).Append("\", \"speaker\": \"ann-example\", \"kind\": \"direct\", \"exact\": \"")
                .Append(words).Append("\" }");
        }
        return Corpus(text.ToString(), quotes.ToString(), figures: string.Empty);
    }

    /// <summary>A text where one word occurs <paramref name="count"/> times (and once more in the intro); the last occurrence is quoted by number.</summary>
    public static IReadOnlyList<(string Path, string Content)> ManyOccurrences(int count)
    {
        var text = new StringBuilder("Headline\n\nAnn Example spoke of peace.\n\n", count * 8);
        for (var i = 0; i < count; i++) text.Append(i % 20 == 19 ? "peace\n" : "peace ");
        var quote = "{ \"id\": \"last-peace\", \"speaker\": \"ann-example\", \"kind\": \"indirect\", \"exact\": \"peace\", \"occurrence\": "
                    + (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";
        return Corpus(text.ToString(), quote, figures: string.Empty);
    }

    // A distinct phrase per index, "say bcdfg end": the middle word spells the index in base 26, five letters.
    private static string Words(int index)
    {
        var letters = new char[5];
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            letters[i] = (char)('a' + index % 26);
            index /= 26;
        }
        return "say " + new string(letters) + " end";
    }

    private static IReadOnlyList<(string Path, string Content)> Corpus(string text, string quotes, string figures)
    {
        var sha = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
        var sidecar = $$"""
            {
              "id": "large-article",
              "sha256": "{{sha}}",
              "title": { "exact": "Headline", "occurrence": 1 },
              "outlet": { "id": "example-news", "inferred": true, "note": "A generated text." },
              "published": { "date": "2022-01-07", "inferred": true, "note": "A generated date." },
              "language": { "original": "en", "processing": [] },
              "format": "news",
              "quotes": [ {{quotes}} ],
              "figures": [ {{figures}} ]
            }
            """;
        return new[]
        {
            (Text, text),
            (Sidecar, sidecar),
            ("registry/people.json", """{ "people": [ { "id": "ann-example", "name": "Ann Example", "kind": "expert", "aliases": [] } ] }"""),
            ("registry/outlets.json", """{ "outlets": [ { "id": "example-news", "name": "Example News" } ] }"""),
            ("registry/measures.json", """{ "measures": [ { "id": "crowd-size", "name": "Crowd size" } ] }"""),
            ("registry/units.json", """{ "units": [ { "id": "person", "name": "people" } ] }"""),
        };
    }
}
