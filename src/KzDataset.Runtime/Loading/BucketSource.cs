using System;
using System.ComponentModel;

namespace KzDataset;

/// <summary>
/// How generated code hands a corpus its compiled data: one bucket's manifest and article records,
/// as base64 UTF-8 (empty for a bucket with no articles). Called once per bucket, on first use.
/// </summary>
/// <param name="bucket">0 to 15.</param>
/// <param name="base64">Set to the bucket's data.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void BucketSource(int bucket, ref ReadOnlySpan<byte> base64);
