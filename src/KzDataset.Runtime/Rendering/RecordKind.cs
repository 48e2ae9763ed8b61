using System.Collections.Generic;
using System.Globalization;

namespace KzDataset.Rendering;

/// <summary>
/// What a listing of one record type shows: its columns and the nouns its row count uses. The HTML
/// and the plain-text renderers share these, so both show the same fields.
/// </summary>
internal sealed class RecordKind<T>(string singular, string plural, IReadOnlyList<Column<T>> columns)
{
    public IReadOnlyList<Column<T>> Columns { get; } = columns;

    public string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
