using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>
/// A standoff anchor as written in a sidecar (W3C TextQuoteSelector): an exact quotation, or a
/// start and an end quotation for a long span; prefix, suffix or occurrence only to disambiguate.
/// Location is the quotation in the sidecar (the "exact" or "start" string), where anchor diagnostics point.
/// </summary>
public sealed record RawAnchor(
    string? Exact,
    string? Start,
    string? End,
    string? Prefix,
    string? Suffix,
    int? Occurrence,
    SourceLocation Location);
