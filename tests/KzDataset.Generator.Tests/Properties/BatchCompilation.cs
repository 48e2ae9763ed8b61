using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// Many cases' generated sources compiled in one compilation (compiling each case alone costs
/// 50–100 ms). Each case has its own namespace and tree paths, so a diagnostic is the case's whose
/// tree it is in; one in no case's tree is kept apart. The runtime is referenced as the assembly
/// its sources compile to, as a consumer references it, so only the public API is visible.
/// </summary>
internal sealed class BatchCompilation
{
    // Bound once: compilations made from it by adding trees share its bound references, which
    // otherwise cost most of a batch's time (the whole framework's reference assemblies).
    private static readonly Lazy<CSharpCompilation> Base = new(CreateBase);

    private readonly Dictionary<int, List<Diagnostic>> _byCase = new();

    private BatchCompilation(CSharpCompilation compilation) => Compilation = compilation;

    public CSharpCompilation Compilation { get; }

    /// <summary>Errors outside every case's trees (without a location, or of the assembly).</summary>
    public List<Diagnostic> Unattributed { get; } = new();

    public static BatchCompilation Compile(IEnumerable<CaseRun> runs, CancellationToken cancellationToken)
    {
        var batch = new BatchCompilation(Base.Value.AddSyntaxTrees(runs.SelectMany(r => r.Trees)));
        foreach (var diagnostic in batch.Compilation.GetDiagnostics(cancellationToken))
        {
            if (diagnostic.IsSuppressed || diagnostic.Severity < DiagnosticSeverity.Warning) continue;
            if (CaseOf(diagnostic.Location.SourceTree?.FilePath ?? string.Empty) is { } number)
            {
                if (!batch._byCase.TryGetValue(number, out var list)) batch._byCase[number] = list = new List<Diagnostic>();
                list.Add(diagnostic);
            }
            else
            {
                batch.Unattributed.Add(diagnostic);
            }
        }
        return batch;
    }

    /// <summary>The warnings and errors in this case's generated sources.</summary>
    public IReadOnlyList<Diagnostic> Of(int number) => _byCase.TryGetValue(number, out var list) ? list : new List<Diagnostic>();

    public bool HasMember(string type, string member)
        => Compilation.GetTypeByMetadataName(type) is { } symbol && symbol.GetMembers(member).Length > 0;

    private static int? CaseOf(string path)
    {
        if (!path.StartsWith("Case", StringComparison.Ordinal)) return null;
        var slash = path.IndexOf('/');
        return slash > 4 && int.TryParse(path.AsSpan(4, slash - 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static CSharpCompilation CreateBase()
    {
        var runtime = GeneratorHarness.RuntimeCompilation().WithAssemblyName("KzDataset.Runtime");
        using var image = new MemoryStream();
        var emitted = runtime.Emit(image);
        if (!emitted.Success) throw new InvalidOperationException("The runtime does not compile:\n" + string.Join("\n", emitted.Diagnostics));
        var compilation = CSharpCompilation.Create(
            "KzCases",
            syntaxTrees: null,
            Net80.References.All.Append(MetadataReference.CreateFromImage(image.ToArray())),
            // The highest warning level: every warning the compiler knows counts (warnings are errors here).
            // Batches compile in parallel already (one per sampling thread): no concurrent build inside each.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, concurrentBuild: false));
        // Binds the references now, once, for every batch.
        _ = compilation.GetDiagnostics();
        return compilation;
    }
}
