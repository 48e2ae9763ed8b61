using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using KzDataset.Core.Steps;
using KzDataset.Core.Model;
using KzDataset.Core.Validation;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// One article for <see cref="ArticleResolver"/> on its own: a text given as lines and a sidecar
/// whose fixed header takes lines 1–8, so the annotation lines passed in start at line 9 (with
/// <see cref="Section"/>: the array's name on line 9, its first entry on line 10…). An annotation written as <c>{ "exact": "…"</c> after four
/// spaces has its anchor at column 16, one written as <c>{ "id": "…"</c> its id at column 13.
/// </summary>
internal static class ResolverCase
{
    public const string TextFile = "010_case.txt";
    public const string SidecarFile = "010_case.json";

    public const string DefaultTitle = "{ \"exact\": \"Case title\" }";
    public const string DefaultOutlet = "{ \"id\": \"example-news\", \"inferred\": true }";
    public const string DefaultPublished = "{ \"date\": \"2022-01-07\", \"inferred\": true }";
    public const string DefaultLanguage = "{ \"original\": \"en\" }";

    public static string TextPath => SeedSet.PathOf(TextFile);

    public static string SidecarPath => SeedSet.PathOf(SidecarFile);

    public static string TextOf(params string[] lines) => string.Join("\n", lines);

    /// <summary>
    /// The sidecar: "id", "sha256" (the text's hash unless <paramref name="sha256"/> is given), title, outlet,
    /// date, language and format on lines 1–8, then <paramref name="annotations"/> from line 9 on, then "}".
    /// </summary>
    public static string Sidecar(string text, IEnumerable<string> annotations, string format = "news", string id = "case-article",
        string? sha256 = null, string title = DefaultTitle, string outlet = DefaultOutlet, string published = DefaultPublished,
        string language = DefaultLanguage)
        => string.Join("\n", new[]
        {
            "{",
            $"  \"id\": \"{id}\",",
            $"  \"sha256\": \"{sha256 ?? Sha256(text)}\",",
            $"  \"title\": {title},",
            $"  \"outlet\": {outlet},",
            $"  \"published\": {published},",
            $"  \"language\": {language},",
            $"  \"format\": \"{format}\",",
        }.Concat(annotations).Append("}"));

    public static ResolvedArticle Resolve(string text, string sidecar, bool checkCompleteness = false)
        => ResolveCancellable(text, sidecar, checkCompleteness, Xunit.TestContext.Current.CancellationToken);

    public static ResolvedArticle ResolveCancellable(string text, string sidecar, bool checkCompleteness, CancellationToken cancellationToken)
        => ArticleResolver.Resolve(SeedSteps.ParseSidecar(SidecarPath, sidecar), SeedSteps.ReadText(TextPath, text), checkCompleteness, cancellationToken);

    public static ResolvedArticle Resolve(string text, IEnumerable<string> annotations, string format = "news", string id = "case-article", bool checkCompleteness = false)
        => Resolve(text, Sidecar(text, annotations, format, id), checkCompleteness);

    /// <summary>The diagnostics as "KZ0000 file(line,column): message", in the order the resolver reported them.</summary>
    public static string[] Lines(ResolvedArticle resolved) => SeedChecks.Lines(resolved.Diagnostics);

    /// <summary>SHA-256 (lowercase hex) of the text's UTF-8 bytes, optionally after a byte-order mark.</summary>
    public static string Sha256(string text, bool withBom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (withBom) bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        return System.Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }

    /// <summary>The text a range covers.</summary>
    public static string Of(string text, TextRange range) => text.Substring(range.Start, range.Length);

    /// <summary>The range of the one occurrence of <paramref name="passage"/> in the text (the test fails if it is not unique).</summary>
    public static TextRange At(string text, string passage)
    {
        var start = text.IndexOf(passage, System.StringComparison.Ordinal);
        Xunit.Assert.True(start >= 0, $"'{passage}' is not in the text");
        Xunit.Assert.True(text.IndexOf(passage, start + 1, System.StringComparison.Ordinal) < 0, $"'{passage}' occurs more than once");
        return new TextRange(start, start + passage.Length);
    }

    /// <summary>A sidecar array: its name on one line, each entry on its own line (four spaces in, trailing comma), "]," on the last.</summary>
    public static IEnumerable<string> Section(string name, params string[] entries)
        => new[] { $"  \"{name}\": [" }.Concat(entries.Select(e => "    " + e + ",")).Append("  ],");
}
