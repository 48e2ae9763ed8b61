using System.Collections.Generic;
using System.Linq;
using System.Text;
using KzDataset.Rendering;
using Microsoft.DotNet.Interactive.Formatting;
using Xunit;

namespace KzDataset.Interactive.Tests;

/// <summary>
/// The corpus through the real <see cref="Formatter"/> once the packed extension is loaded: what a
/// notebook cell shows, and how big it is (the kernel's default walk of the object graph made megabytes).
/// </summary>
[Collection(FormatterCollection.Name)]
public sealed class FormatterTests(PackedExtension packed)
{
    private const string Html = "text/html";

    private const string Text = "text/plain";

    /// <summary>The values the notebooks display, with the most each may weigh (UTF-8 bytes) as HTML and as text.</summary>
    public static TheoryData<string, int, int> Displays() => new()
    {
        { "Experts.EricaMarat", 20_000, 2_000 },
        { "Quotes.All.Take(3)", 20_000, 2_000 },
        { "Quotes.All", 100_000, 10_000 },
        { "Articles.All", 20_000, 3_000 },
        { "Articles.NytTokayevEmbracesRussia", 100_000, 1_000 },
        { "Figures.All", 50_000, 10_000 },
        { "Experts.All", 20_000, 5_000 },
        { "Corrections.All", 50_000, 10_000 },
    };

    internal static object Value(string name) => name switch
    {
        "Experts.EricaMarat" => Experts.EricaMarat,
        "Quotes.All.Take(3)" => Quotes.All.Take(3),
        "Quotes.All" => Quotes.All,
        "Articles.All" => Articles.All,
        "Articles.NytTokayevEmbracesRussia" => Articles.NytTokayevEmbracesRussia,
        "Figures.All" => Figures.All,
        "Experts.All" => Experts.All,
        "Corrections.All" => Corrections.All,
        _ => throw new KeyNotFoundException(name),
    };

    [Theory]
    [MemberData(nameof(Displays))]
    public void Each_display_is_the_renderers_and_stays_small(string name, int maxHtml, int maxText)
    {
        Assert.NotEmpty(packed.Loaded);
        var value = Value(name);

        var html = value.ToDisplayString(Html);
        var text = value.ToDisplayString(Text);

        int htmlBytes = Encoding.UTF8.GetByteCount(html), textBytes = Encoding.UTF8.GetByteCount(text);
        TestContext.Current.TestOutputHelper!.WriteLine($"{name}: text/html {htmlBytes} B, text/plain {textBytes} B");
        Assert.StartsWith("<div class=\"kzds kzds-", html);
        Assert.True(htmlBytes < maxHtml, $"{name} as HTML is {htmlBytes} bytes");
        Assert.True(textBytes < maxText, $"{name} as text is {textBytes} bytes");
    }

    [Fact]
    public void A_record_and_a_sequence_display_as_the_runtime_renders_them()
    {
        var quote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;

        Assert.Equal(HtmlRenderer.Render(quote), quote.ToDisplayString(Html));
        Assert.Equal(TextRenderer.Render(quote), quote.ToDisplayString(Text));
        Assert.Equal(HtmlRenderer.Render(Experts.EricaMarat), Experts.EricaMarat.ToDisplayString(Html));
        Assert.Equal(HtmlRenderer.Render(Articles.CsmCrisisBoostedRussiaSway), Articles.CsmCrisisBoostedRussiaSway.ToDisplayString(Html));
        Assert.Equal(HtmlRenderer.Render(Quotes.All), Quotes.All.ToDisplayString(Html));
        Assert.Equal(TextRenderer.Render(Figures.All), Figures.All.ToDisplayString(Text));
        Assert.Equal(HtmlRenderer.Render(Experts.EricaMarat.Quotes), Experts.EricaMarat.Quotes.ToDisplayString(Html));
        Assert.Equal(HtmlRenderer.Render(Corrections.All[0]), Corrections.All[0].ToDisplayString(Html));
        var turn = Articles.All.SelectMany(a => a.Turns).First();
        Assert.Equal(HtmlRenderer.Render(turn), turn.ToDisplayString(Html));
        Assert.Equal(HtmlRenderer.Render(turn.Span), turn.Span.ToDisplayString(Html));
        Assert.Equal(HtmlRenderer.Render(Articles.All.SelectMany(a => a.Turns)), Articles.All.SelectMany(a => a.Turns).ToDisplayString(Html));
    }

    [Fact]
    public void A_sequence_shows_as_many_rows_as_the_kernels_list_expansion_limit()
    {
        var before = Formatter.ListExpansionLimit;
        try
        {
            Formatter.ListExpansionLimit = 50;

            var html = Quotes.All.ToDisplayString(Html);
            var text = Quotes.All.ToDisplayString(Text);

            Assert.Equal(HtmlRenderer.Render(Quotes.All, 50), html);
            Assert.Contains($"… {Quotes.All.Count - 50} more not shown (50 of {Quotes.All.Count} quotes)", text);
        }
        finally
        {
            Formatter.ListExpansionLimit = before;
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Without_the_extension_the_kernels_default_display_is_megabytes()
    {
        try
        {
            Formatter.ResetToDefault();

            var person = Encoding.UTF8.GetByteCount(Experts.EricaMarat.ToDisplayString(Html));
            var threeQuotes = Encoding.UTF8.GetByteCount(Quotes.All.Take(3).ToDisplayString(Html));

            TestContext.Current.TestOutputHelper!.WriteLine($"default formatter: Experts.EricaMarat {person} B, Quotes.All.Take(3) {threeQuotes} B");
            Assert.True(person > 20_000, $"{person} bytes");
            Assert.True(threeQuotes > 20_000, $"{threeQuotes} bytes");
        }
        finally
        {
            Formatter.ResetToDefault();
            foreach (var extension in packed.Loaded) await extension.OnLoadAsync(packed.Kernel);
        }
        Assert.StartsWith("<div class=\"kzds kzds-person\">", Experts.EricaMarat.ToDisplayString(Html));
    }
}
