using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using KzDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The README's LINQ example compiles against the built library and runs.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_csharp_example_compiles_and_runs()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var lines = block.Split('\n');
        var usings = string.Join("\n", lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var body = string.Join("\n", lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        var code = $"{usings}\npublic static class ReadmeExample\n{{\n    public static void Run()\n    {{\n{body}\n    }}\n}}\n";

        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            new[] { CSharpSyntaxTree.ParseText(code, cancellationToken: TestContext.Current.CancellationToken) },
            // What the packages give a consumer: the runtime package's lib/net8.0 holds KzDataset.Format, where the vocabulary enums are.
            Net80.References.All.Add(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)).Add(MetadataReference.CreateFromFile(typeof(QuoteKind).Assembly.Location))
                .Add(MetadataReference.CreateFromFile(typeof(KzCorpus).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assembly.Load(image.ToArray()).GetType("ReadmeExample")!.GetMethod("Run")!.Invoke(null, null);
        }
        finally
        {
            Console.SetOut(original);
        }
        Assert.Contains("three and a half thousand", output.ToString());
        Assert.Contains("Kassym-Jomart Tokayev: quoted", output.ToString());
    }

    [Fact]
    public void The_readme_comment_on_the_troop_figures_names_where_they_are()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value.Split('\n').ToList();
        var query = block.FindIndex(l => l.Contains("Figures.ByMeasure(Measures.TroopsDeployed)", StringComparison.Ordinal));
        Assert.True(query > 0, "the README example queries the troop figures");
        // The comment lines right above the query.
        var comment = string.Join(" ", block.Take(query).Reverse().TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)));

        var figures = Figures.ByMeasure(Measures.TroopsDeployed);
        Assert.True(figures.Count >= 2, "the example shows a disagreement");
        Assert.All(figures, f => Assert.Contains(f.Text, comment));
        var articles = figures.Select(f => f.Article.Id).Distinct().ToList();
        Assert.All(articles, id => Assert.Contains(id, comment));
        Assert.Equal(articles.Count == 1, comment.Contains("one text", StringComparison.Ordinal));
    }
}
