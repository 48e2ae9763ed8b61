using System.Linq;
using Microsoft.CodeAnalysis;

namespace KzDataset.Generator.Common;

/// <summary>A diagnostic as equatable data: descriptor id, location and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceLocation Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            Diagnostics.KzDiagnostics.ById(Id),
            Location.ToLocation(),
            Arguments.Cast<object>().ToArray());
}
