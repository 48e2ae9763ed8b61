using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Text;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Anchors resolve to exact offsets; typography is forgiven but the span stays the original text.</summary>
public sealed class AnchorResolverTests
{
    private static readonly SourceLocation Nowhere = SourceLocation.FileStart("/test.json");

    private static (TextRange? Range, List<DiagnosticInfo> Diagnostics) Resolve(string text, RawAnchor anchor)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var resolver = new AnchorResolver(TextReader(text));
        return (resolver.Resolve(anchor, diagnostics), diagnostics);
    }

    private static SeedText TextReader(string text) => SeedTextReader.Create("/seeds/t.txt", text);

    private static RawAnchor Exact(string exact, string? prefix = null, string? suffix = null, int? occurrence = null)
        => new(exact, null, null, prefix, suffix, occurrence, Nowhere);

    [Fact]
    public void Plain_quotes_dashes_and_spaces_match_typographic_ones_and_keep_the_original_text()
    {
        const string text = "He said: “peacekeeping” forces – sent\u00A0quickly.";
        var (range, diagnostics) = Resolve(text, Exact("\"peacekeeping\" forces - sent quickly"));

        Assert.Empty(diagnostics);
        Assert.Equal("“peacekeeping” forces – sent\u00A0quickly", text.Substring(range!.Value.Start, range.Value.Length));
    }

    [Fact]
    public void Prefix_and_suffix_choose_among_occurrences()
    {
        const string text = "one cat, two cat, red cat";
        Assert.Equal(new TextRange(13, 16), Resolve(text, Exact("cat", prefix: "two ")).Range);
        Assert.Equal(new TextRange(22, 25), Resolve(text, Exact("cat", occurrence: 3)).Range);
        Assert.Equal(new TextRange(4, 7), Resolve(text, Exact("cat", suffix: ", two")).Range);
    }

    [Fact]
    public void Start_and_end_quotations_span_from_the_start_to_the_first_end_after_it()
    {
        const string text = "Ad. Intro. Body starts here. Middle. Body ends here. Ad.";
        var (range, _) = Resolve(text, new RawAnchor(null, "Body starts", "ends here.", null, null, null, Nowhere));

        Assert.Equal("Body starts here. Middle. Body ends here.", text.Substring(range!.Value.Start, range.Value.Length));
    }

    [Fact]
    public void Any_substring_resolves_to_its_offsets_when_typed_plainly()
    {
        var alphabet = Gen.Char["ab “”‘’–— \u00A0.,"];
        Gen.Select(alphabet.Array[20, 200], Gen.Int[0, 1000], Gen.Int[3, 30]).Sample((chars, at, length) =>
        {
            var text = new string(chars);
            var start = at % (text.Length - 3);
            var end = System.Math.Min(text.Length, start + length);
            var original = text.Substring(start, end - start);
            var typed = TypographicFolding.Fold(original);
            var folded = TypographicFolding.Fold(text);
            var occurrences = Enumerable.Range(0, folded.Length - typed.Length + 1)
                .Count(i => string.CompareOrdinal(folded, i, typed, 0, typed.Length) == 0);

            var (range, diagnostics) = Resolve(text, Exact(typed));

            // Resolved spans are the original text; a pattern that occurs once always resolves;
            // whatever does not resolve says why, once.
            if (range is { } r) Assert.Equal(typed, TypographicFolding.Fold(text.Substring(r.Start, r.Length)));
            if (occurrences == 1) Assert.NotNull(range);
            if (range is null) Assert.Single(diagnostics);
        });
    }

    [Fact]
    public void Closest_passage_is_found_for_a_near_miss()
    {
        const string text = "The move really aims to make Kazakhstan a more submissive and loyal partner, she said.";
        var match = ApproximateMatcher.Closest(text, "really aim to make Kazakstan more submissive");

        Assert.Equal("really aims to make Kazakhstan a more submissive", text.Substring(match.Start, match.End - match.Start));
        Assert.Equal(4, match.Distance);
    }
}
