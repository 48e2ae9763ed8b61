using System.Collections.Immutable;
using System.Linq;
using KzDataset.Generator.Model;
using KzDataset.Generator.Parsing;
using KzDataset.Generator.Validation;

namespace KzDataset;

/// <summary>Reads the embedded registry files with the generator's own parser and merger, so ids, order and aliases are the build's.</summary>
internal static class RegistryLoader
{
    public static RegistryModel Load()
    {
        var files = SeedResources.RegistryFiles()
            .Select(name =>
            {
                var resource = SeedResources.RegistryPrefix + name;
                var json = SeedDecoder.Decode(resource, SeedResources.Read(resource));
                return RegistryParser.Parse("seeds/registry/" + name, json);
            })
            .ToImmutableArray();
        var registry = RegistryBuilder.Build(files);
        SeedChecks.ThrowOnErrors("registry", registry.Diagnostics);
        return registry;
    }
}
