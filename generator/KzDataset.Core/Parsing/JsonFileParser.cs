using KzDataset.Core.Diagnostics;
using KzDataset.Core.Json;

namespace KzDataset.Core.Parsing;

/// <summary>The shared first step of every JSON seed file: syntax, then a root object.</summary>
internal static class JsonFileParser
{
    /// <summary>The root object's reader, or null after reporting why there is none.</summary>
    public static ObjectReader? ReadRoot(ParseContext context, string text, string what)
    {
        var map = new Utf8OffsetMap(text);
        context.Utf8 = map.Bytes;
        var result = JsonTreeReader.Read(text, map);
        if (result.Root is null)
        {
            var offset = System.Math.Min(result.ErrorOffset, text.Length);
            context.Report(KzDiagnostics.InvalidJson, context.Locate(offset, offset), result.Error ?? "unreadable");
            return null;
        }
        if (result.Root is not JsonObject root)
        {
            context.Report(KzDiagnostics.WrongType, context.Locate(result.Root), "(root)", "an object", result.Root.KindName);
            return null;
        }
        return new ObjectReader(root, context, what);
    }
}
