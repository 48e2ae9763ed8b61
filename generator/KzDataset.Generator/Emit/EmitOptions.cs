using KzDataset.Core.Common;

namespace KzDataset.Generator.Emit;

/// <summary>What the emitters need of the project's settings: the catalogs' namespace and whether items get typed members.</summary>
internal sealed record EmitOptions(string Namespace, bool ItemMembers)
{
    /// <summary>The generated class that holds the corpus (<c>KzCorpus.Instance</c>), fully qualified.</summary>
    public string CorpusClass => "global::" + Namespace + "." + CatalogNames.CorpusClass;

    /// <summary>An expression for the corpus instance.</summary>
    public string Instance => CorpusClass + "." + CatalogNames.Instance;
}
