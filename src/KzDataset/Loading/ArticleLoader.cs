using System.IO;
using KzDataset.Generator.Model;
using KzDataset.Generator.Parsing;
using KzDataset.Generator.Text;
using KzDataset.Generator.Validation;

namespace KzDataset;

/// <summary>
/// Reads one article from the embedded seeds with the generator's own parse, resolve and link
/// steps (the code that checked it at build time), so every offset and every order is the build's.
/// </summary>
internal static class ArticleLoader
{
    public static (ArticleModel Model, string RawText) Load(ManifestEntry entry, RegistryModel registry)
    {
        var textName = entry.BaseName + ".txt";
        var sidecarName = entry.BaseName + ".json";
        var bytes = SeedResources.Read(SeedResources.SeedPrefix + textName);
        var content = SeedDecoder.Decode(textName, bytes);
        // Offsets index the text without a byte-order mark, as the compiler hands it to the generator.
        if (content.Length > 0 && content[0] == '\uFEFF') content = content.Substring(1);
        var text = new SeedText("seeds/" + textName, textName, entry.BaseName, content, SeedDecoder.Sha256(bytes));

        var json = SeedDecoder.Decode(sidecarName, SeedResources.Read(SeedResources.SeedPrefix + sidecarName));
        var sidecar = SidecarParser.Parse("seeds/" + sidecarName, json);
        var resolved = ArticleResolver.Resolve(sidecar, text, checkCompleteness: false);
        var linked = ArticleLinker.Link(resolved, registry);
        SeedChecks.ThrowOnErrors("article " + entry.Id, linked.Diagnostics);
        if (linked.Article is not { } model || model.Id != entry.Id)
        {
            throw new InvalidDataException($"The embedded sidecar '{sidecarName}' is not the article '{entry.Id}' the build checked.");
        }
        return (model, content);
    }
}
