using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>
/// The articles the generator checked, in id order: the only article data compiled into the
/// assembly. Everything else is read from the embedded seeds on first use of each article.
/// </summary>
internal static partial class CorpusManifest
{
    public static IReadOnlyList<ManifestEntry> Load()
    {
        var entries = new List<ManifestEntry>();
        AddArticles(entries);
        return entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    // Implemented by the generator; without it (an embed-only build) the corpus is empty.
    static partial void AddArticles(List<ManifestEntry> entries);
}
