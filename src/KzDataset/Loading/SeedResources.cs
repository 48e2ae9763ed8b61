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

    private static readonly Lazy<ResourceIndex> Index = new(() => new ResourceIndex(Assembly));

    private static Assembly Assembly => typeof(SeedResources).Assembly;

    public static ReadOnlyMemory<byte> Read(string name)
        => Index.Value.Read(name)
           ?? throw new InvalidDataException($"The seed file '{name}' is not embedded in {Assembly.GetName().Name}: build it with the KzDataset generator's props.");

    /// <summary>The file names of the embedded registry files ("people.json"), in ordinal order.</summary>
    public static string[] RegistryFiles()
        => Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(RegistryPrefix, System.StringComparison.Ordinal))
            .Select(n => n.Substring(RegistryPrefix.Length))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();
}
