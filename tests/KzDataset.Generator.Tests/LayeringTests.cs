using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The core's folders are layers: a file may use its own folder and the folders below it, never one
/// above, so there is no cycle between stages. Checked on what the compiler binds (every name a file
/// uses, resolved to its type's namespace), not on <c>using</c> lines, which a qualified name bypasses.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Lowest first; a folder may use the folders before it.</summary>
    public static readonly string[] Layers = { "Diagnostics", "Common", "Text", "Json", "Model", "Parsing", "Validation", "Records", "Steps", "Drafting" };

    private static readonly string CoreFolder = RepositoryPaths.Combine("generator", "KzDataset.Core");

    [Fact]
    public void Every_folder_of_the_core_is_a_layer()
    {
        var folders = Directory.EnumerateDirectories(CoreFolder).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Layers.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void No_file_uses_a_layer_above_its_own()
    {
        var violations = Uses().Where(u => Array.IndexOf(Layers, u.To) > Array.IndexOf(Layers, u.From))
            .Select(u => $"{u.File} ({u.From}) uses {u.Symbol} ({u.To})")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, "Layer violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_the_uses_it_is_about()
    {
        // The steps use every layer below them; a check that saw nothing would pass vacuously.
        var fromSteps = Uses().Where(u => u.From == "Steps").Select(u => u.To).ToHashSet();
        Assert.Superset(new HashSet<string> { "Common", "Diagnostics", "Model", "Parsing", "Validation", "Records" }, fromSteps);
    }

    private static IEnumerable<(string File, string From, string To, string Symbol)> Uses()
    {
        var files = Directory.EnumerateFiles(CoreFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions, f)).ToList();
        var compilation = CSharpCompilation.Create("LayeringCheck", trees,
            Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(KzDataset.Format.ArticleRecord).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        foreach (var tree in trees)
        {
            var relative = Path.GetRelativePath(CoreFolder, tree.FilePath);
            var from = relative.Split(Path.DirectorySeparatorChar)[0];
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                while (type?.ContainingType is { } outer) type = outer;
                var ns = type?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                if (!ns.StartsWith("KzDataset.Core.", StringComparison.Ordinal)) continue;
                var to = ns.Substring("KzDataset.Core.".Length).Split('.')[0];
                if (to != from) yield return (relative, from, to, type!.Name);
            }
        }
    }
}
