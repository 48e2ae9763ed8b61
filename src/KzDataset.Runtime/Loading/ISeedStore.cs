using System;
using System.Collections.Generic;

namespace KzDataset;

/// <summary>
/// Where a corpus's seed files are read from, by resource name (<see cref="SeedResources"/>): the
/// resources of the assembly the build embedded them in, or a folder of seeds (the <c>kz</c> tool).
/// </summary>
internal interface ISeedStore
{
    /// <summary>Every seed file's resource name.</summary>
    IEnumerable<string> Names { get; }

    /// <summary>What the store is, for messages: "the assembly MyCorpus".</summary>
    string Description { get; }

    /// <summary>The file's bytes, or null when there is none.</summary>
    ReadOnlyMemory<byte>? Read(string name);
}
