using System.Linq;
using System.Text.Json;
using CsCheck;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Text;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>Passages shown for pasting into a sidecar are valid JSON string contents that read back as the passage.</summary>
public sealed class JsonEscapingTests
{
    private static string Decode(string contents) => JsonSerializer.Deserialize<string>("\"" + contents + "\"")!;

    [Theory]
    [InlineData("2,500\u000Bsoldiers", "2,500\\u000Bsoldiers")]
    [InlineData("say \"no\" \\ back", "say \\\"no\\\" \\\\ back")]
    [InlineData("a\nb\rc\td\be\ff", "a\\nb\\rc\\td\\be\\ff")]
    [InlineData("\u0000\u001B[2J\u007F\u0085", "\\u0000\\u001B[2J\\u007F\\u0085")]
    [InlineData("x\u2028y\u2029z", "x\\u2028y\\u2029z")]
    [InlineData("\u202Eevil\u202C a\u200Bb \uFEFF", "\\u202Eevil\\u202C a\\u200Bb \\uFEFF")]
    [InlineData("Tokaïev: “Peace” — 2 500", "Tokaïev: “Peace” — 2 500")]
    public void Encodes_what_JSON_and_a_readable_message_need(string passage, string encoded)
    {
        Assert.Equal(encoded, JsonEscaping.Encode(passage));
        Assert.Equal(passage, Decode(encoded));
    }

    [Fact]
    public void Any_text_reads_back_from_its_encoding()
        => Gen.Char[(char)0, (char)0xD7FF].Array[0, 60].Select(c => new string(c)).Sample(passage =>
        {
            var encoded = JsonEscaping.Encode(passage);
            Assert.DoesNotContain(encoded, c => c < ' ');
            Assert.Equal(passage, Decode(encoded));
        });

    // Needs AnchorResolver.ClosestPassage to encode with JsonEscaping.Encode instead of its own
    // JsonEscape (Text/AnchorResolver.cs is being changed elsewhere; see docs/reliability.md).
    [Fact]
    public void KZ0100_closest_passage_with_a_control_character_is_valid_json()
    {
        var outcome = GeneratorHarness.Run(Corpus
            .Edit(NewsText, "She said 2,500 soldiers arrived.", "She said 2,500\u000Bsoldiers arrived.")
            .Edit(NewsSidecar, "\"exact\": \"2,500 soldiers\", \"value\"", "\"exact\": \"2,500\", \"value\""));

        var message = outcome.Single("KZ0100").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        const string before = "edit(s) away): \"";
        const string after = "\"; paste that exact text.";
        var start = message.IndexOf(before, System.StringComparison.Ordinal) + before.Length;
        var shown = message.Substring(start, message.LastIndexOf(after, System.StringComparison.Ordinal) - start);
        Assert.Equal("2,500\u000Bsoldiers arrived", Decode(shown));
    }
}
