namespace KzDataset;

/// <summary>A person whose analysis is quoted: a researcher, a professor, an analyst.</summary>
public sealed class Expert : Person
{
    internal Expert(Registry.Entry entry, Corpus corpus) : base(entry, corpus)
    {
    }
}
