using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>The output of the parse step for one sidecar: the article if it could be read, and the diagnostics.</summary>
public sealed record ParsedSidecar(
    string Path,
    string BaseName,
    RawArticle? Article,
    EquatableArray<DiagnosticInfo> Diagnostics);
