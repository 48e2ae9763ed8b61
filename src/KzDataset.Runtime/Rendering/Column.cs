using System;

namespace KzDataset.Rendering;

/// <summary>
/// One column of a record listing: a header and how a record gives its cell. <paramref name="Long"/>
/// marks free text (a quote, a turn) that a listing shortens so a table stays a table.
/// </summary>
internal sealed record Column<T>(string Header, Func<T, string?> Value, bool Long = false);
