using System.Globalization;
using System.Text;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// Writes a <see cref="JsonNode"/> tree. Strings escape only what JSON requires (quote, backslash,
/// C0 controls) and what a UTF-8 file cannot hold raw (lone surrogates); with
/// <c>escapeAll</c>, every non-ASCII character is a \u escape too, so both spellings reach the reader.
/// </summary>
internal static class JsonWriter
{
    public static string Write(JsonNode node, bool escapeAll)
    {
        var builder = new StringBuilder();
        Write(builder, node, escapeAll, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, JsonNode node, bool escapeAll, int depth)
    {
        switch (node)
        {
            case JsonObjectNode o:
                b.Append('{');
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    b.Append(i == 0 ? "\n" : ",\n").Append(' ', 2 * (depth + 1));
                    String(b, o.Properties[i].Key, escapeAll);
                    b.Append(": ");
                    Write(b, o.Properties[i].Value, escapeAll, depth + 1);
                }
                b.Append('\n').Append(' ', 2 * depth).Append('}');
                break;
            case JsonArrayNode a:
                b.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0) b.Append(", ");
                    Write(b, a.Items[i], escapeAll, depth + 1);
                }
                b.Append(']');
                break;
            case JsonStringNode s:
                String(b, s.Value, escapeAll);
                break;
            case JsonRawNode r:
                b.Append(r.Text);
                break;
        }
    }

    public static void String(StringBuilder b, string value, bool escapeAll)
    {
        b.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                         || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
            if (c == '"') b.Append("\\\"");
            else if (c == '\\') b.Append("\\\\");
            else if (c < 0x20 || (char.IsSurrogate(c) && !paired) || (escapeAll && c > 0x7E)) b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else b.Append(c);
        }
        b.Append('"');
    }
}
