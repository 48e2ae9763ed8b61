using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Past a few searches on a long text, anchors are found through an occurrence index instead of a
/// scan (so n anchors stay linear); both ways must give the same span and the same diagnostics.
/// </summary>
public sealed class AnchorIndexTests
{
    private static readonly SourceLocation Nowhere = SourceLocation.FileStart("/test.json");

    // A small alphabet (with typographic variants) makes repeated and near-repeated passages common.
    private static readonly Gen<string> GenText = Gen.Char["ab \"“”-–\n"].Array[5_000, 7_000].Select(c => new string(c));

    private static (TextRange? Range, string Diagnostics) Resolve(AnchorResolver resolver, RawAnchor anchor)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var range = resolver.Resolve(anchor, diagnostics);
        return (range, string.Join("\n", diagnostics.Select(d => d.Id + " " + d.Message)));
    }

    /// <summary>A resolver that has searched often enough to use its index (on texts far shorter than those that get one in a build).</summary>
    private static AnchorResolver Indexed(SeedText text)
    {
        var resolver = new AnchorResolver(text, indexAfterWork: 0);
        for (var i = 0; i < 40; i++) resolver.Resolve(new RawAnchor(text.Content.Substring(i, 4), null, null, null, null, 1, Nowhere), new List<DiagnosticInfo>());
        return resolver;
    }

    [Fact]
    public void The_index_finds_what_the_scan_finds()
    {
        var cases = Gen.Select(GenText, Gen.Int[0, 4_990], Gen.Int[4, 12], Gen.Int[0, 3], Gen.Bool)
            .Select((text, at, length, occurrence, typographic) =>
            {
                var quotation = text.Substring(at, length);
                // Plain forms of the typographic characters, so some anchors match only after folding.
                if (typographic) quotation = quotation.Replace('“', '"').Replace('”', '"').Replace('–', '-');
                return (text, new RawAnchor(quotation, null, null, null, null, occurrence == 0 ? null : occurrence, Nowhere));
            });
        cases.Sample(c =>
        {
            var text = SeedTextReader.Create("/seeds/t.txt", c.text);
            return Resolve(new AnchorResolver(text), c.Item2).Equals(Resolve(Indexed(text), c.Item2));
        }, iter: 300);
    }

    [Fact]
    public void Start_and_end_anchors_and_context_agree_too()
    {
        var cases = Gen.Select(GenText, Gen.Int[0, 4_000], Gen.Int[4, 8], Gen.Int[10, 900], Gen.Int[0, 2])
            .Select((text, at, length, gap, context) =>
            {
                var start = text.Substring(at, length);
                var end = text.Substring(at + length + gap, length);
                var prefix = context == 1 && at >= 3 ? text.Substring(at - 3, 3) : null;
                var suffix = context == 2 ? text.Substring(at + length, 3) : null;
                return (text, new RawAnchor(null, start, end, prefix, suffix, 1, Nowhere));
            });
        cases.Sample(c =>
        {
            var text = SeedTextReader.Create("/seeds/t.txt", c.text);
            return Resolve(new AnchorResolver(text), c.Item2).Equals(Resolve(Indexed(text), c.Item2));
        }, iter: 300);
    }

    [Fact]
    public void A_quotation_at_the_very_end_of_the_text_is_found_through_the_index()
    {
        // The text's last four characters are indexed too, and a match may end exactly at the end.
        var text = SeedTextReader.Create("/seeds/t.txt", new string('a', 5_000) + " the last words qzxj");

        var (range, diagnostics) = Resolve(Indexed(text), new RawAnchor("words qzxj", null, null, null, null, null, Nowhere));

        Assert.Empty(diagnostics);
        Assert.Equal(new TextRange(text.Content.Length - 10, text.Content.Length), range);
    }

    [Fact]
    public void An_end_is_looked_for_only_after_the_start_even_through_a_rarer_run_of_the_quotation()
    {
        // "abcd" and "bcdW" are everywhere, so the index looks "abcdWXYZ" up by a later run ("cdWX").
        // The copy of it that begins inside the start anchor begins before the end search does: it must not count.
        var body = string.Concat(Enumerable.Repeat("abcd bcdW ", 500));
        var content = body + "START-abcdWXYZ middle abcdWXYZ tail";
        var text = SeedTextReader.Create("/seeds/t.txt", content);
        var anchor = new RawAnchor(null, "START-abcd", "abcdWXYZ", null, null, null, Nowhere);

        var (range, diagnostics) = Resolve(Indexed(text), anchor);

        Assert.Empty(diagnostics);
        Assert.Equal(new TextRange(content.IndexOf("START", System.StringComparison.Ordinal), content.LastIndexOf("abcdWXYZ", System.StringComparison.Ordinal) + 8), range);
        Assert.Equal(Resolve(new AnchorResolver(text), anchor), (range, diagnostics));
    }

    [Fact]
    public void A_quotation_with_a_run_the_text_does_not_have_is_not_found_through_the_index()
    {
        var text = SeedTextReader.Create("/seeds/t.txt", new string('a', 5_000) + " the last words");

        var (range, diagnostics) = Resolve(Indexed(text), new RawAnchor("the lost words", null, null, null, null, null, Nowhere));

        Assert.Null(range);
        Assert.StartsWith("KZ0100 \"the lost words\" is not in t.txt.", diagnostics);
    }
}
