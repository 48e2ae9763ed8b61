using System.Collections.Generic;
using KzDataset.Core.Common;
using KzDataset.Core.Json;
using KzDataset.Core.Text;


namespace KzDataset.Core.Parsing;

/// <summary>The file being parsed and the diagnostics found in it so far.</summary>
internal sealed class ParseContext
{
    public ParseContext(string path, string text)
    {
        Path = path;
        Lines = new LineIndex(text);
    }

    public string Path { get; }

    public LineIndex Lines { get; }

    /// <summary>The file's UTF-8 bytes, once the JSON reader has encoded them.</summary>
    public byte[]? Utf8 { get; set; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public SourceLocation Locate(JsonValue value) => Lines.Locate(Path, value.Start, value.End - value.Start);

    public SourceLocation Locate(int start, int end) => Lines.Locate(Path, start, end - start);

    public void Report(KzDataset.Core.Diagnostics.KzRule descriptor, SourceLocation location, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
