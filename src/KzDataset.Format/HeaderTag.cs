namespace KzDataset.Format;

/// <summary>The fields of a <see cref="CorpusHeader"/>. Never renumbered: a new field takes a new tag.</summary>
public enum HeaderTag
{
    /// <summary>The format version (varint); its meaning never changes.</summary>
    FormatVersion = 1,

    /// <summary>The generator's version (UTF-8, to the field's end); its meaning never changes.</summary>
    GeneratorVersion = 2,

    /// <summary>The number of buckets (varint).</summary>
    BucketCount = 3,

    /// <summary>The people's ids in record order (count, then each length-prefixed UTF-8).</summary>
    People = 4,

    /// <summary>The outlets' ids in record order.</summary>
    Outlets = 5,

    /// <summary>The measures' ids in record order.</summary>
    Measures = 6,

    /// <summary>The units' ids in record order.</summary>
    Units = 7,
}
