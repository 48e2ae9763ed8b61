using KzDataset.Generator.Validation;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits the one fixed file that gathers the buckets' data (the runtime declares <c>BucketData</c>,
/// so it also compiles without the generator).
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "KzDataset.Manifest.g.cs";

    public static string Emit()
    {
        var w = new SourceWriter().Header();
        w.Open("internal static partial class CorpusManifest");
        w.Open("static partial void BucketData(int bucket, ref global::System.ReadOnlySpan<byte> data)");
        w.Open("switch (bucket)");
        for (var bucket = 0; bucket < CorpusBuilder.BucketCount; bucket++)
        {
            w.Line($"case {bucket.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {ArticleEmitter.DataMethodName(bucket)}(ref data); break;");
        }
        w.Close();
        w.Close();
        w.Line();
        for (var bucket = 0; bucket < CorpusBuilder.BucketCount; bucket++)
        {
            w.Line($"static partial void {ArticleEmitter.DataMethodName(bucket)}(ref global::System.ReadOnlySpan<byte> data);");
        }
        w.Close();
        return w.ToString();
    }
}
