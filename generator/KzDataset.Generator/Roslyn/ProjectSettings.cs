using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Generator.Roslyn;

/// <summary>
/// The project's settings as the pipeline needs them: what to emit with, or (null) nothing when the
/// project has no seeds or settings the generated code cannot compile under, each reported once.
/// </summary>
internal sealed record ProjectSettings
{
    public ProjectSettings(GeneratorOptions options, bool hasSeeds)
    {
        HasSeeds = hasSeeds;
        var project = new SourceLocation(null, 0, 0, 0, 0, 0, 0);
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        if (!options.LanguageVersionSupported)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.LanguageVersionTooOld, project,
                Short(GeneratorOptions.MinimumLanguageVersion.ToDisplayString()), Short(options.LanguageVersion)));
        }
        if (options.NamespaceProblem is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.InvalidNamespace, project, options.Namespace, problem));
        }
        Diagnostics = diagnostics.ToEquatableArray();
        EmitOptions = hasSeeds && diagnostics.Count == 0 ? new EmitOptions(options.Namespace, options.ItemMembers) : null;
    }

    public bool HasSeeds { get; }

    // "11.0" → "11", as LangVersion is written.
    private static string Short(string version) => version.EndsWith(".0", System.StringComparison.Ordinal) ? version.Substring(0, version.Length - 2) : version;

    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public EmitOptions? EmitOptions { get; }
}
