namespace KzDataset.Format;

/// <summary>An annotation of an article record that stands for the element <see cref="Source"/> of a sidecar array.</summary>
public readonly struct RecordItem
{
    /// <summary>An item; <paramref name="reference"/> and <paramref name="link"/> are -1 when absent.</summary>
    public RecordItem(int source, RecordRange range, int code, int reference = -1, int link = -1)
    {
        Source = source;
        Range = range;
        Code = code;
        Reference = reference;
        Link = link;
    }

    /// <summary>Position of the element in its sidecar array ("quotes", "turns", …).</summary>
    public int Source { get; }

    /// <summary>Where the item is in the text.</summary>
    public RecordRange Range { get; }

    /// <summary>A vocabulary code: reason, role, kind, qualifier.</summary>
    public int Code { get; }

    /// <summary>A registry position (speaker, stated by), or -1.</summary>
    public int Reference { get; }

    /// <summary>For a quote: the turn it belongs to (position in <see cref="ArticleRecord.Turns"/>), or -1; <see cref="ArticleRecord.TurnQuote"/> set when the quote is the turn itself.</summary>
    public int Link { get; }
}
