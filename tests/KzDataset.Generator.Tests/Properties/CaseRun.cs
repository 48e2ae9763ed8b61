using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// One generated case run through the generator alone (no compile): its catalogs go to the
/// namespace <c>Case{n}</c>, and its sources are re-parsed under paths of their own, so many cases
/// can be compiled together and each compile diagnostic traced back to its case.
/// </summary>
internal sealed class CaseRun
{
    // The probe compilation the generator runs against: it reads only seeds and options, not code.
    private static readonly CSharpCompilation Probe = CSharpCompilation.Create("Probe");

    /// <summary>As the consumer compiles them: GenerateDocumentationFile makes doc comments checked (CS1570…).</summary>
    public static readonly CSharpParseOptions GeneratedParseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    private CaseRun(int number, SeedCase input, SeedDraft draft, ImmutableArray<Diagnostic> diagnostics, System.Exception? exception, ImmutableArray<SyntaxTree> trees)
    {
        Number = number;
        Input = input;
        Draft = draft;
        Diagnostics = diagnostics;
        Exception = exception;
        Trees = trees;
    }

    public int Number { get; }

    public SeedCase Input { get; }

    public SeedDraft Draft { get; }

    public string Namespace => Folder(Number);

    /// <summary>What the generator reported: KZ diagnostics, or CS8785 if it threw.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public System.Exception? Exception { get; }

    /// <summary>The generated sources, at "Case{n}/{hint name}".</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    public bool HasKzError => Diagnostics.Any(d => d.Id.StartsWith("KZ", System.StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);

    public bool HasKzWarning => Diagnostics.Any(d => d.Id.StartsWith("KZ", System.StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Warning);

    public static string Folder(int number) => "Case" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static CaseRun Run(int number, SeedCase input, CancellationToken cancellationToken)
    {
        var draft = input.Build();
        var options = new TestAnalyzerOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "KzDataset",
            ["build_property.KzNamespace"] = Folder(number),
            ["build_property.KzItemMembers"] = input.ItemMembers ? "true" : "false",
        });
        // Parsed as the consumer's build parses them, so the trees need only a path of their own.
        var driver = GeneratorHarness.Drive(draft.ToSeedSet().ToAdditionalTexts(), options, GeneratedParseOptions, Probe, out _, out _, cancellationToken);
        var result = driver.GetRunResult().Results.Single();
        var trees = result.GeneratedSources.Select(s => s.SyntaxTree.WithFilePath(Folder(number) + "/" + s.HintName)).ToImmutableArray();
        return new CaseRun(number, input, draft, result.Diagnostics, result.Exception, trees);
    }

    /// <summary>The case for a failure message: its edits, what the generator reported, and the files it was given.</summary>
    public string Describe()
    {
        var files = Draft.ToSeedSet().ToAdditionalTexts().Select(f => $"  --- {f.Path}\n  {Show.Literal(f.GetText()!.ToString(), 4000)}");
        return $"{Namespace}:\n{Input}\n generator diagnostics:\n"
               + string.Join("\n", Diagnostics.Select(d => "  " + d))
               + "\n files:\n" + string.Join("\n", files);
    }
}
