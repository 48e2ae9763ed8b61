using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Generator.Emit;

/// <summary>C# literals for the few values the emitted code holds (ids and positions), in invariant culture.</summary>
internal static class Literals
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
