using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KzDataset.Package.Tests;

/// <summary>
/// A KZ diagnostic as a build or <c>kz check</c> prints it: <c>path(line,col): error KZxxxx: message</c>. MSBuild
/// adds the project in brackets at the end and prints each diagnostic twice (as it happens and in the summary).
/// </summary>
internal sealed partial record KzDiagnosticLine(string Path, int Line, int Column, string Severity, string Id, string Message)
{
    public static IReadOnlyList<KzDiagnosticLine> AllIn(string output) =>
        Pattern().Matches(output)
            .Select(m => new KzDiagnosticLine(m.Groups["path"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value.TrimEnd()))
            .Distinct()
            .ToArray();

    public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}: {Message}";

    [GeneratedRegex(@"^\s*(?<path>\S[^\r\n]*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>KZ\d{4}): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
