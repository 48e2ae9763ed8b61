using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Roslyn;

/// <summary>Turns the plain diagnostics of the seed checks into Roslyn diagnostics: the generator's only use of them.</summary>
internal static class RoslynDiagnostics
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = KzDiagnostics.All.ToDictionary(r => r.Id, ToDescriptor);

    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
        => Diagnostic.Create(Descriptors[info.Id], info.Location.ToLocation(), info.Arguments.Cast<object>().ToArray());

    public static DiagnosticDescriptor Descriptor(string id) => Descriptors[id];

    /// <summary>A Roslyn location; <see cref="Location.None"/> for corpus-wide problems that belong to no file.</summary>
    public static Location ToLocation(this SourceLocation location) => location.Path is not { Length: > 0 } path ? Location.None : Location.Create(
        path,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

#pragma warning disable RS1017 // The ids are the constants of KzDiagnostics; DescriptorTests checks them against the release tracking files.
    private static DiagnosticDescriptor ToDescriptor(KzRule rule)
        => new(rule.Id, rule.Title, rule.MessageFormat, rule.Category,
            rule.Severity == KzSeverity.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, isEnabledByDefault: true);
#pragma warning restore RS1017
}
