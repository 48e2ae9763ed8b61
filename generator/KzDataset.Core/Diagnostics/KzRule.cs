using System.Globalization;

namespace KzDataset.Core.Diagnostics;

/// <summary>How serious a rule's finding is.</summary>
public enum KzSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One rule of the seed checks as plain data (no Roslyn types), so the checks can run outside the
/// compiler; <see cref="Format"/> renders a message the way Roslyn renders the descriptor's.
/// </summary>
public sealed class KzRule
{
    public KzRule(string id, string category, string title, string messageFormat, KzSeverity severity)
    {
        Id = id;
        Category = category;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
    }

    public string Id { get; }

    public string Category { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    public KzSeverity Severity { get; }

    public string Format(params object[] arguments) => string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
