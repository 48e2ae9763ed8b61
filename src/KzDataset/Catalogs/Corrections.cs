using System.Collections.Generic;

namespace KzDataset;

/// <summary>Every correction of the corpus: reading errors of the texts with their corrected readings.</summary>
public static class Corrections
{
    /// <summary>All corrections, by article id then text order.</summary>
    public static IReadOnlyList<Correction> All => Corpus.Instance.Corrections;
}
