using System.IO;
using System.Linq;
using Xunit;

namespace KzDataset.Tests;

/// <summary>Embedded seeds are found through the metadata index, byte for byte what the runtime's own lookup returns.</summary>
public sealed class ResourceIndexTests
{
    [Fact]
    public void Every_resource_reads_the_same_through_the_index_as_through_the_runtime()
    {
        var assembly = typeof(KzCorpus).Assembly;
        var index = new ResourceIndex(assembly, expected: ResourceIndex.IndexedFrom);

        Assert.True(index.Indexed, "the library is loaded from a file, so its resources are mapped and indexable");
        var names = assembly.GetManifestResourceNames();
        Assert.Contains(names, n => n.EndsWith(".json", System.StringComparison.Ordinal));
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(copy.ToArray(), index.Read(name)!.Value.ToArray());
        }
        Assert.Null(index.Read("KzDataset.Seeds.no-such-file.txt"));
    }

    [Fact]
    public void A_small_assembly_uses_the_runtimes_lookup()
    {
        var index = new ResourceIndex(typeof(KzCorpus).Assembly, expected: 10);

        Assert.False(index.Indexed);
        Assert.NotNull(index.Read(typeof(KzCorpus).Assembly.GetManifestResourceNames()[0]));
    }
}
