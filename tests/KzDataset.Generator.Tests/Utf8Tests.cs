using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CsCheck;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// A seed file that is not UTF-8 is one located KZ0014 naming the byte, whatever the compiler's
/// decoder made of it; a file that really contains U+FFFD is fine.
/// </summary>
public sealed class Utf8Tests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static GeneratorOutcome RunWithBytes(string file, byte[] bytes) => GeneratorHarness.RunWithBytes(Corpus, file, bytes);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Insert(byte[] bytes, int at, params byte[] inserted) => bytes.Take(at).Concat(inserted).Concat(bytes.Skip(at)).ToArray();

    [Fact]
    public void KZ0014_an_invalid_byte_in_a_text_is_located_and_named_and_nothing_cascades()
    {
        var text = Utf8(Corpus[NewsText]);
        // "Tiny: “Peace" — the byte after "Tiny: " (6 bytes) starts the curly quote; put 0xFF before it.
        var outcome = RunWithBytes(NewsText, Insert(text, 6, 0xFF));

        var diagnostic = outcome.Single("KZ0014");
        Assert.Equal(SeedSet.PathOf(NewsText), diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 6), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("001_tiny.txt is not valid UTF-8: byte 6 does not start or continue a UTF-8 sequence (the build reads it as U+FFFD); save the file as UTF-8",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // No hash mismatch, no anchor missing: offsets into an unreadable text would mean nothing.
        Assert.Single(outcome.Kz, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void KZ0014_at_the_first_byte_of_a_file()
    {
        var diagnostic = RunWithBytes(NewsText, Insert(Utf8(Corpus[NewsText]), 0, 0xFF)).Single("KZ0014");

        Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("001_tiny.txt is not valid UTF-8: byte 0 does not", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KZ0014_counts_the_byte_order_mark_and_the_bytes_of_earlier_characters()
    {
        // A truncated sequence (E2 82 without its last byte) on line 3, after multi-byte characters.
        var text = Utf8(Corpus[NewsText]);
        var line3 = Encoding.UTF8.GetByteCount(Corpus[NewsText].Substring(0, Corpus[NewsText].IndexOf("MOSCOW", System.StringComparison.Ordinal)));
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Insert(text, line3, 0xE2, 0x82)).ToArray();

        var diagnostic = RunWithBytes(NewsText, bytes).Single("KZ0014");

        Assert.Contains($"byte {3 + line3} does not", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new LinePosition(2, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void KZ0014_in_a_sidecar_or_a_registry()
    {
        var sidecar = RunWithBytes(NewsSidecar, Insert(Utf8(Corpus.ToAdditionalTexts().Single(t => t.Path == SeedSet.PathOf(NewsSidecar)).GetText(TestContext.Current.CancellationToken)!.ToString()), 2, 0xC0, 0xAF));
        var registry = RunWithBytes(UnitsRegistry, Insert(Utf8(Corpus[UnitsRegistry]), 1, 0xED, 0xA0, 0x80));

        Assert.Contains("001_tiny.json is not valid UTF-8: byte 2", sidecar.Single("KZ0014").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("units.json is not valid UTF-8: byte 1", registry.Single("KZ0014").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_text_that_really_contains_the_replacement_character_is_valid(bool byteOrderMark)
    {
        var content = Corpus[NewsText].Replace("Comments are closed.", "Comments are closed. \uFFFD", System.StringComparison.Ordinal);
        var textBytes = (byteOrderMark ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0]).Concat(Utf8(content)).ToArray();
        var seeds = Corpus.With(NewsText, content).Edit(NewsSidecar, "\"exact\": \"Comments are closed.\"", "\"exact\": \"Comments are closed. \uFFFD\"")
            .Edit(NewsSidecar, "{{sha256:001_tiny.txt}}", System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(textBytes)).ToLowerInvariant());
        var texts = seeds.ToAdditionalTexts()
            .Select(t => new InMemoryAdditionalText(t.Path, t.Path == SeedSet.PathOf(NewsText) ? textBytes : Utf8(t.GetText(TestContext.Current.CancellationToken)!.ToString())))
            .ToList();

        var outcome = GeneratorHarness.Run(texts, TestAnalyzerOptions.WithItemMembers(), GeneratorHarness.ParseOptions);

        Assert.Empty(outcome.DriverDiagnostics);
    }

    [Fact]
    public void First_invalid_byte_agrees_with_the_strict_decoder()
    {
        // Bytes biased towards the interesting ranges: ASCII, continuation bytes and lead bytes.
        var bytes = Gen.Frequency((3, Gen.Byte[0x00, 0x7F]), (3, Gen.Byte[0x80, 0xBF]), (2, Gen.Byte[0xC0, 0xFF])).Array[0, 12];
        Gen.OneOf(bytes, Gen.String.Select(s => Encoding.UTF8.GetBytes(s))).Sample(sample =>
        {
            var at = Utf8Validation.FirstInvalidByte(sample);
            var valid = Decodes(sample);
            if (at < 0) return valid;
            // Everything before the first invalid byte is UTF-8; the whole is not.
            return !valid && Decodes(sample[..at]);
        }, iter: 20_000);
    }

    private static bool Decodes(byte[] bytes)
    {
        try
        {
            Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
