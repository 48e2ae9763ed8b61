using System.Linq;
using KzDataset.Format;
using KzDataset.Core.Model;

namespace KzDataset.Core.Records;

/// <summary>The corpus header the generator writes ahead of the buckets: format, generator version, bucket count, registry order.</summary>
public static class HeaderBuilder
{
    /// <summary>This generator's version as the header and the generated code's attribute name it (major.minor.patch).</summary>
    public static string GeneratorVersion { get; } = typeof(HeaderBuilder).Assembly.GetName().Version!.ToString(3);

    public static CorpusHeader For(RegistrySpec registry) => new(
        CorpusHeader.CurrentFormatVersion,
        GeneratorVersion,
        BucketLayout.BucketCount,
        new RegistryOrder(
            registry.People.Select(p => p.Id).ToArray(),
            registry.Outlets.Select(o => o.Id).ToArray(),
            registry.Measures.Select(m => m.Id).ToArray(),
            registry.Units.Select(u => u.Id).ToArray()));
}
