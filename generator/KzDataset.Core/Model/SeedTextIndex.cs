using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>
/// All seed texts, compared by value (so the pipeline caches it) and looked up by base name in
/// constant time (each article's resolve step asks for its own text).
/// </summary>
public sealed class SeedTextIndex : IEquatable<SeedTextIndex>
{
    private readonly Lazy<Dictionary<string, SeedText>> _byBaseName;

    public SeedTextIndex(EquatableArray<SeedText> texts)
    {
        Texts = texts;
        _byBaseName = new Lazy<Dictionary<string, SeedText>>(() => texts
            .GroupBy(t => t.BaseName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Path, StringComparer.Ordinal).First(), StringComparer.Ordinal));
    }

    public EquatableArray<SeedText> Texts { get; }

    public SeedText? Find(string baseName) => _byBaseName.Value.TryGetValue(baseName, out var text) ? text : null;

    public bool Equals(SeedTextIndex? other) => other is not null && Texts.Equals(other.Texts);

    public override bool Equals(object? obj) => Equals(obj as SeedTextIndex);

    public override int GetHashCode() => Texts.GetHashCode();
}
