using System;
using System.Collections.Generic;
using System.Globalization;

namespace KzDataset;

/// <summary>
/// When an article was published, as precisely as the text allows, whether the text states it
/// or it was inferred (and from which cues).
/// </summary>
public sealed class PublicationDate
{
    private readonly Func<string?> _note;

    // The note is read from the sidecar when asked for, so filtering by date reads no sidecar.
    internal PublicationDate(int year, int month, int day, DatePrecision precision, bool inferred, Func<string?> note, IReadOnlyList<TextSpan> cues)
    {
        Year = year;
        Month = month == 0 ? null : month;
        Day = day == 0 ? null : day;
        Precision = precision;
        Inferred = inferred;
        _note = note;
        Cues = cues;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, unless only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day, when the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>True when the date is not printed in the text but worked out from cues (weekdays, events).</summary>
    public bool Inferred { get; }

    /// <summary>How the date was established.</summary>
    public string? Note => _note();

    /// <summary>The passages of the text the date rests on.</summary>
    public IReadOnlyList<TextSpan> Cues { get; }

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => Earliest,
        DatePrecision.Month => new(Year, Earliest.Month, DateTime.DaysInMonth(Year, Earliest.Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>ISO 8601 to the known precision: "2022-01-07", "2022-01" or "2022".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
