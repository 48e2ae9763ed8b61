using System;
using System.IO;
using System.Linq;

namespace KzDataset;

/// <summary>
/// A corpus's seed files by the names the build embeds them with (the generator package's
/// targets): texts and sidecars under <see cref="SeedPrefix"/>, registry files under
/// <see cref="RegistryPrefix"/>. One assembly holds one corpus, so the names need no other prefix.
/// </summary>
internal sealed class SeedResources
{
    public const string SeedPrefix = "KzDataset.Seeds.";

    public const string RegistryPrefix = "KzDataset.Registry.";

    private readonly ISeedStore _store;

    public SeedResources(ISeedStore store) => _store = store;

    public ReadOnlyMemory<byte> Read(string name)
        => _store.Read(name)
           ?? throw new InvalidDataException($"The seed file '{name}' is not in {_store.Description}: a corpus project embeds its seeds through the KzDataset.Generator package's build files.");

    /// <summary>The file names of the registry files ("people.json"), in ordinal order.</summary>
    public string[] RegistryFiles()
        => _store.Names
            .Where(n => n.StartsWith(RegistryPrefix, StringComparison.Ordinal))
            .Select(n => n.Substring(RegistryPrefix.Length))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
}
