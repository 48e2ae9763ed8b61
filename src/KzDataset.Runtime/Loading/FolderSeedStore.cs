using System;
using System.Collections.Generic;
using System.IO;

namespace KzDataset;

/// <summary>Seed files read from disk under the names the build would embed them with (the <c>kz</c> tool's <c>--seeds</c>).</summary>
internal sealed class FolderSeedStore : ISeedStore
{
    private readonly IReadOnlyDictionary<string, string> _paths;

    /// <param name="folder">The seeds folder, for messages.</param>
    /// <param name="paths">Resource name → file path.</param>
    public FolderSeedStore(string folder, IReadOnlyDictionary<string, string> paths)
    {
        Description = "the folder " + folder;
        _paths = paths;
    }

    public IEnumerable<string> Names => _paths.Keys;

    public string Description { get; }

    public ReadOnlyMemory<byte>? Read(string name) => _paths.TryGetValue(name, out var path) ? File.ReadAllBytes(path) : null;
}
