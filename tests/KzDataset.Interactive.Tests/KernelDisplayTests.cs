using System.Linq;
using System.Threading.Tasks;
using KzDataset.Rendering;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Xunit;

namespace KzDataset.Interactive.Tests;

/// <summary>A C# notebook cell that ends in a corpus value, run by the kernel the extension was loaded into.</summary>
[Collection(FormatterCollection.Name)]
public sealed class KernelDisplayTests(PackedExtension packed)
{
    private async Task<ReturnValueProduced> Run(string expression)
    {
        var corpus = typeof(KzCorpus).Assembly.Location;
        var result = await packed.Kernel.SendAsync(new SubmitCode($"#r \"{corpus}\"\n{expression}"), TestContext.Current.CancellationToken);
        var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.True(failure is null, failure?.Message);
        return Assert.Single(result.Events.OfType<ReturnValueProduced>());
    }

    [Fact]
    public async Task A_cell_ending_in_an_expert_displays_the_renderers_row()
    {
        var produced = await Run("KzDataset.Experts.EricaMarat");

        var html = Assert.Single(produced.FormattedValues, v => v.MimeType == "text/html");
        Assert.Equal(HtmlRenderer.Render(Experts.EricaMarat), html.Value);
        Assert.True(html.Value.Length < 20_000, $"{html.Value.Length} characters");
    }

    [Fact]
    public async Task A_cell_ending_in_all_quotes_displays_a_table_of_the_first_rows()
    {
        var produced = await Run("KzDataset.Quotes.All");

        var html = Assert.Single(produced.FormattedValues, v => v.MimeType == "text/html");
        Assert.Contains($"<caption class=\"kzds-count\">{Quotes.All.Count} quotes</caption>", html.Value);
        Assert.True(html.Value.Length < 100_000, $"{html.Value.Length} characters");
    }
}
