using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Generator.Emit;

/// <summary>C# literals for emitted data, all in invariant culture.</summary>
internal static class Literals
{
    public static string String(string? value)
        => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Decimal(decimal? value)
        => value is { } d ? d.ToString(CultureInfo.InvariantCulture) + "m" : "null";

    public static string Strings(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", list.Select(String)) + " }";
    }

    /// <summary>Offsets as a flat array: start, end, start, end…</summary>
    public static string Ranges(IEnumerable<TextRange> ranges)
    {
        var list = ranges.ToList();
        return list.Count == 0
            ? "global::System.Array.Empty<int>()"
            : "new int[] { " + string.Join(", ", list.Select(r => Int(r.Start) + ", " + Int(r.End))) + " }";
    }

    public static string Enum(Vocabulary vocabulary, string value) => vocabulary.Member(value);

    public static string Flags(Vocabulary vocabulary, EquatableArray<string> values)
        => values.IsEmpty
            ? vocabulary.EnumType + ".None"
            : string.Join(" | ", values.Select(vocabulary.Member));

    /// <summary>A registry id as the generated enum member, e.g. <c>Unit.Soldier</c>.</summary>
    public static string RegistryMember(string enumType, string id)
        => enumType + "." + Identifiers.ToPascalCase(id);
}
