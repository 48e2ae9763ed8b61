using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace KzDataset;

/// <summary>
/// The seed files the build embeds in the assembly (see KzDataset.csproj): texts and sidecars
/// under <see cref="SeedPrefix"/>, registry files under <see cref="RegistryPrefix"/>.
/// </summary>
internal static class SeedResources
{
    public const string SeedPrefix = "KzDataset.Seeds.";

    public const string RegistryPrefix = "KzDataset.Registry.";

    private static ResourceIndex? _index;

    private static ResourceIndex Index => _index ??= new ResourceIndex(Assembly, expected: 0);

    private static Assembly Assembly => typeof(SeedResources).Assembly;

    /// <summary>Prepares lookups for the corpus's size (two resources per article); call before the first read.</summary>
    public static void Expect(int articles) => _index = new ResourceIndex(Assembly, expected: 2 * articles);

    public static ReadOnlyMemory<byte> Read(string name)
        => Index.Read(name)
           ?? throw new InvalidDataException($"The seed file '{name}' is not embedded in {Assembly.GetName().Name}: the project must embed its seeds (see KzDataset.csproj).");

    /// <summary>The file names of the embedded registry files ("people.json"), in ordinal order.</summary>
    public static string[] RegistryFiles()
        => Index.Names
            .Where(n => n.StartsWith(RegistryPrefix, System.StringComparison.Ordinal))
            .Select(n => n.Substring(RegistryPrefix.Length))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();
}
