using System.Threading;

namespace KzDataset;

/// <summary>
/// How much of a corpus has been read: article records decoded, and articles whose text and
/// sidecar were decoded. For tests that show what a query reads, without timing it.
/// </summary>
internal sealed class LoadCounters
{
    private int _records;
    private int _contents;

    public int Records => Volatile.Read(ref _records);

    public int Contents => Volatile.Read(ref _contents);

    public void RecordRead() => Interlocked.Increment(ref _records);

    public void ContentRead() => Interlocked.Increment(ref _contents);
}
