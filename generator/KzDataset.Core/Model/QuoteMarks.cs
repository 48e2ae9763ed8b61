using KzDataset.Format;

namespace KzDataset.Core.Model;

/// <summary>
/// The quotation marks around a quote's span: what a quote's "marks" says the text has, and what
/// the text has. Sidecar-only: it steers validation and never reaches the runtime.
/// </summary>
public enum QuoteMarks
{
    /// <summary>An opening and a closing mark.</summary>
    [VocabularyWord("both")]
    Both,

    /// <summary>An opening mark only (a quote that runs on past the span).</summary>
    [VocabularyWord("opening")]
    Opening,

    /// <summary>A closing mark only.</summary>
    [VocabularyWord("closing")]
    Closing,

    /// <summary>No marks.</summary>
    [VocabularyWord("none")]
    None,
}
