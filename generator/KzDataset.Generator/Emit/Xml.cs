namespace KzDataset.Generator.Emit;

/// <summary>Escapes text for XML documentation comments.</summary>
internal static class Xml
{
    public static string Escape(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
