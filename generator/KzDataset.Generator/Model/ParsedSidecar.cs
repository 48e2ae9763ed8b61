using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

/// <summary>The output of the parse step for one sidecar: the article if it could be read, and the diagnostics.</summary>
internal sealed record ParsedSidecar(
    string Path,
    string BaseName,
    RawArticle? Article,
    EquatableArray<DiagnosticInfo> Diagnostics);
