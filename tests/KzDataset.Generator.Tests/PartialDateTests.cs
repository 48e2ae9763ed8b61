using System;
using System.Globalization;
using CsCheck;
using KzDataset.Core.Parsing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Dates written to day, month or year precision: the values read, the boundaries, and each error's words.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("0001", 1, 0, 0, DatePrecision.Year)]
    [InlineData("9999", 9999, 0, 0, DatePrecision.Year)]
    [InlineData("2022-12", 2022, 12, 0, DatePrecision.Month)]
    [InlineData("2022-01-01", 2022, 1, 1, DatePrecision.Day)]
    [InlineData("2022-01-31", 2022, 1, 31, DatePrecision.Day)]
    [InlineData("2024-02-29", 2024, 2, 29, DatePrecision.Day)]
    [InlineData("1999-09-09", 1999, 9, 9, DatePrecision.Day)]
    public void A_valid_date_gives_its_parts_and_precision(string text, int year, int month, int day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Null(date.Error);
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Theory]
    [InlineData("0000", "the year must be 0001 or later")]
    [InlineData("2022-00", "there is no month 00")]
    [InlineData("2022-13", "there is no month 13")]
    [InlineData("2022-01-00", "2022-01 has no day 00")]
    [InlineData("2022-04-31", "2022-04 has no day 31")]
    [InlineData("2023-02-29", "2023-02 has no day 29")]
    [InlineData("22", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2022-1", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2022-01-7", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2022-01-07-01", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2O22", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2022-0:", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2022-01-/1", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("٢٠٢٢", "write it as YYYY-MM-DD, YYYY-MM or YYYY")]
    public void An_invalid_date_says_what_is_wrong(string text, string error)
        => Assert.Equal(error, PartialDate.Parse(text).Error);

    /// <summary>Any YYYY-MM-DD is valid exactly when the calendar has that day (checked against DateTime).</summary>
    [Fact]
    public void A_day_is_valid_exactly_when_the_calendar_has_it()
    {
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.Int[0, 32]).Sample((year, month, day) =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            var expected = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            var date = PartialDate.Parse(text);
            Assert.Equal(expected, date.Error is null);
            if (expected) Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        }, iter: 20_000);
    }
}
