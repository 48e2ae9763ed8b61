using System;
using System.Globalization;

namespace KzDataset.Core.Parsing;

/// <summary>An ISO date written to day ("2022-01-07"), month ("2022-01") or year ("2022") precision.</summary>
internal readonly struct PartialDate
{
    private PartialDate(int year, int month, int day, DatePrecision precision, string? error)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
        Error = error;
    }

    public int Year { get; }

    /// <summary>1-12, or 0 when the precision is year.</summary>
    public int Month { get; }

    /// <summary>1-31, or 0 when the precision is month or year.</summary>
    public int Day { get; }

    public DatePrecision Precision { get; }

    public string? Error { get; }

    public static PartialDate Parse(string text)
    {
        const string expected = "write it as YYYY-MM-DD, YYYY-MM or YYYY";
        var parts = text.Split('-');
        if (parts.Length > 3 || !IsDigits(parts[0], 4)) return Fail(expected);
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1) return Fail("the year must be 0001 or later");
        if (parts.Length == 1) return new PartialDate(year, 0, 0, DatePrecision.Year, null);
        if (!IsDigits(parts[1], 2)) return Fail(expected);
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return Fail($"there is no month {parts[1]}");
        if (parts.Length == 2) return new PartialDate(year, month, 0, DatePrecision.Month, null);
        if (!IsDigits(parts[2], 2)) return Fail(expected);
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return Fail($"{year:D4}-{month:D2} has no day {parts[2]}");
        return new PartialDate(year, month, day, DatePrecision.Day, null);
    }

    private static PartialDate Fail(string error) => new(0, 0, 0, DatePrecision.Day, error);

    private static bool IsDigits(string text, int length)
    {
        if (text.Length != length) return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }
}
