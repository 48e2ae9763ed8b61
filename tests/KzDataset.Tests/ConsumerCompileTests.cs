using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// Code that uses the corpus is compile-checked: a consumer compiled against the built
/// KzDataset.dll sees typed members for articles and people, and a misspelled member fails.
/// </summary>
public sealed class ConsumerCompileTests
{
    private static Diagnostic[] CompileErrors(string code)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, cancellationToken: TestContext.Current.CancellationToken) },
            // What the packages give a consumer: the runtime package's lib/net8.0 holds KzDataset.Format, where the vocabulary enums are.
            Net80.References.All.Add(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)).Add(MetadataReference.CreateFromFile(typeof(QuoteKind).Assembly.Location))
                .Add(MetadataReference.CreateFromFile(typeof(KzCorpus).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }

    [Fact]
    public void Typed_members_compile()
    {
        var errors = CompileErrors("""
            using System.Linq;
            using KzDataset;
            public static class Use
            {
                public static object Run() => new object[]
                {
                    Experts.EricaMarat.Quotes.Count,
                    People.KassymJomartTokayev.Aliases,
                    Articles.NytTokayevEmbracesRussia.Figures.Where(f => f.Measure == Measures.BorderLength),
                    Figures.ByMeasure(Measures.TroopsDeployed),
                    Outlets.Csm.Name,
                    Units.Soldier,
                    KzCorpus.Instance.Articles.Count,
                    Quotes.NytTokayevEmbracesRussia.CededSovereignty.Speaker,
                    Figures.NytTokayevEmbracesRussia.Border.Value,
                };
            }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_misspelled_expert_fails_the_build()
    {
        var errors = CompileErrors("public static class Use { public static object Run() => KzDataset.Experts.EricaMarrat; }");

        var error = Assert.Single(errors);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("EricaMarrat", error.GetMessage());
    }

    [Fact]
    public void A_quote_that_is_not_in_the_article_fails_the_build()
    {
        var errors = CompileErrors("public static class Use { public static object Run() => KzDataset.Quotes.NytTokayevEmbracesRussia.CededSovereignity; }");

        Assert.Equal("CS0117", Assert.Single(errors).Id);
    }

    [Fact]
    public void A_person_who_is_not_an_expert_is_not_in_Experts()
    {
        var errors = CompileErrors("public static class Use { public static object Run() => KzDataset.Experts.VladimirPutin; }");

        Assert.Equal("CS0117", Assert.Single(errors).Id);
    }
}
