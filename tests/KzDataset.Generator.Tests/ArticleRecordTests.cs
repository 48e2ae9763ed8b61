using System;
using System.Linq;
using CsCheck;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The article record format: what the generator writes, the runtime reads back exactly; damaged bytes are a FormatException.</summary>
public sealed class ArticleRecordTests
{
    private static readonly Gen<RecordRange> GenRange = Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 5_000], (s, l) => new RecordRange(s, s + l));

    private static readonly Gen<RecordItem> GenItem = Gen.Select(Gen.Int[0, 500], GenRange, Gen.Int[0, 20], Gen.Int[-1, 400], Gen.Int[-1, 100])
        .Select(t => new RecordItem(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5 < 0 ? -1 : t.Item5 | (t.Item5 % 2 == 0 ? ArticleRecord.TurnQuote : 0)));

    private static readonly Gen<decimal?> GenDecimal = Gen.Frequency((1, Gen.Const((decimal?)null)), (3, Gen.Decimal.Select(d => (decimal?)d)));

    private static readonly Gen<RecordFigure> GenFigure = Gen.Select(Gen.Int[0, 500], GenRange, GenDecimal, GenDecimal, GenDecimal, Gen.Int[0, 50], Gen.Int[0, 50], Gen.Int[0, 8])
        .Select(Gen.Int[-1, 300], (t, statedBy) => new RecordFigure(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8, statedBy));

    private static readonly Gen<ArticleRecord> GenRecord =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.ULong, GenRange.Array[0, 1], Gen.Int[0, 30], Gen.Bool, GenRange.Array[0, 4], Gen.Int[1, 9999], Gen.Int[0, 12])
            .Select(Gen.Select(GenItem.Array[0, 12], GenRange.Array[0, 5].Array[0, 12], GenItem.Array[0, 12], GenItem.Array[0, 25], GenFigure.Array[0, 12], GenItem.Array[0, 6], GenItem.Array[0, 6], Gen.Int[0, 400].Array[0, 20]),
                (a, b) => new ArticleRecord
                {
                    TextLength = a.Item1, SidecarFingerprint = a.Item2, Title = a.Item3.Length == 0 ? null : a.Item3[0], Outlet = a.Item4,
                    OutletInferred = a.Item5, OutletCues = a.Item6, Year = a.Item7, Month = a.Item8, Day = a.Item8 * 2, Precision = 1,
                    DateInferred = !a.Item5, DateCues = a.Item6.Reverse().ToArray(), Processing = a.Item8, Format = 3,
                    Exclusions = b.Item1, Paragraphs = b.Item2, Turns = b.Item3, Quotes = b.Item4, Figures = b.Item5,
                    Corrections = b.Item6, Terms = b.Item7, Mentions = b.Item8,
                });

    [Fact]
    public void What_is_written_reads_back_the_same()
        => GenRecord.Sample(record =>
        {
            var prefix = new byte[] { 7, 7, 7 };
            var bytes = prefix.Concat(record.Write()).ToArray();
            var read = ArticleRecord.Read(bytes, prefix.Length);
            Assert.Equal(Describe(record), Describe(read));
        }, iter: 2_000);

    [Fact]
    public void Damaged_bytes_are_a_format_exception_or_a_record_never_anything_else()
        => Gen.Select(GenRecord, Gen.Int[0, 1_000], Gen.Byte).Sample((record, cut, noise) =>
        {
            var bytes = record.Write();
            var damaged = bytes.Take(cut % (bytes.Length + 1)).ToArray();
            if (damaged.Length > 0) damaged[noise % damaged.Length] ^= noise;
            try
            {
                ArticleRecord.Read(damaged, 0);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
            {
                // ArgumentException: decimal bits with an invalid scale; the loader reports all three as a damaged record.
            }
        }, iter: 5_000);

    [Fact]
    public void Negative_numbers_are_refused_when_writing()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleRecord { TextLength = -1 }.Write());

    private static string Describe(ArticleRecord r)
        => System.Text.Json.JsonSerializer.Serialize(new
        {
            r.TextLength, r.SidecarFingerprint, Title = r.Title is { } t ? new[] { t.Start, t.End } : null, r.Outlet, r.OutletInferred,
            OutletCues = Flat(r.OutletCues), r.Year, r.Month, r.Day, r.Precision, r.DateInferred, DateCues = Flat(r.DateCues), r.Processing, r.Format,
            Exclusions = Items(r.Exclusions), Paragraphs = r.Paragraphs.Select(Flat), Turns = Items(r.Turns), Quotes = Items(r.Quotes),
            Figures = r.Figures.Select(f => new object?[] { f.Source, f.Range.Start, f.Range.End, f.Value, f.Lower, f.Upper, f.Unit, f.Measure, f.Qualifier, f.StatedBy }),
            Corrections = Items(r.Corrections), Terms = Items(r.Terms), r.Mentions,
        });

    private static int[] Flat(RecordRange[] ranges) => ranges.SelectMany(x => new[] { x.Start, x.End }).ToArray();

    private static object[] Items(RecordItem[] items) => items.Select(i => new[] { i.Source, i.Range.Start, i.Range.End, i.Code, i.Reference, i.Link }).ToArray<object>();
}
