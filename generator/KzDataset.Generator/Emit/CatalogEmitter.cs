using KzDataset.Generator.Validation;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits the one fixed file that gathers the article buckets into the manifest the runtime reads
/// (the runtime declares <c>AddArticles</c>, so it also compiles without the generator).
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "KzDataset.Manifest.g.cs";

    public static string Emit()
    {
        var w = new SourceWriter().Header();
        w.Open("internal static partial class CorpusManifest");
        w.Open("static partial void AddArticles(global::System.Collections.Generic.List<global::KzDataset.ManifestEntry> entries)");
        for (var bucket = 0; bucket < CorpusBuilder.BucketCount; bucket++)
        {
            w.Line(ArticleEmitter.MethodName(bucket) + "(entries);");
        }
        w.Close();
        w.Line();
        for (var bucket = 0; bucket < CorpusBuilder.BucketCount; bucket++)
        {
            w.Line($"static partial void {ArticleEmitter.MethodName(bucket)}(global::System.Collections.Generic.List<global::KzDataset.ManifestEntry> entries);");
        }
        w.Close();
        return w.ToString();
    }
}
