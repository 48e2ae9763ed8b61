using KzDataset.Core.Diagnostics;

namespace KzDataset.Core.Common;

/// <summary>A diagnostic as equatable data: rule id, location and message arguments.</summary>
public sealed record DiagnosticInfo(string Id, SourceLocation Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(KzRule rule, SourceLocation location, params string[] arguments)
        => new(rule.Id, location, new EquatableArray<string>(arguments));

    public KzRule Rule => KzDiagnostics.ById(Id);

    /// <summary>The message as the build prints it.</summary>
    public string Message => Rule.Format(System.Linq.Enumerable.ToArray<object>(Arguments));
}
