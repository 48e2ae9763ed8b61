using System.Globalization;
using System.Text;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>A string as a C# literal with every character outside printable ASCII escaped, so a failure message shows exactly what was generated.</summary>
internal static class Show
{
    public static string Literal(string? value, int max = 400)
    {
        if (value is null) return "null";
        var b = new StringBuilder("\"");
        foreach (var c in value.Length > max ? value.Substring(0, max) : value)
        {
            if (c == '"' || c == '\\') b.Append('\\').Append(c);
            else if (c >= 0x20 && c < 0x7F) b.Append(c);
            else b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        if (value.Length > max) b.Append("…(").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        return b.Append('"').ToString();
    }
}
