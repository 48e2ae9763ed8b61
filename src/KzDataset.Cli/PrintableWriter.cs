using System.IO;
using System.Text;

namespace KzDataset.Cli;

/// <summary>
/// A writer that passes everything through <see cref="Printable.Text"/>: for stderr, where
/// System.CommandLine echoes the arguments it could not parse and no styling is ever written.
/// Writes are made whole strings at a time, so a surrogate pair is never split.
/// </summary>
internal sealed class PrintableWriter : TextWriter
{
    private readonly TextWriter _inner;

    public PrintableWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => _inner.Write(Printable.Text(value.ToString()));

    public override void Write(string? value) => _inner.Write(Printable.Text(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => _inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        _inner.WriteLine();
    }

    public override void Flush() => _inner.Flush();
}
