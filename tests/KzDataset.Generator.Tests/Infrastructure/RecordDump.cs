using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KzDataset.Format;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// Renders the base64 article records of a generated bucket readably, so a snapshot of generated
/// code can be reviewed for what it holds, not only for the bytes.
/// </summary>
internal static class RecordDump
{
    private static readonly Regex Data = new("=> data = \"(?<base64>[A-Za-z0-9+/=]*)\"u8;", RegexOptions.CultureInvariant);

    /// <summary>The article files of a run, each followed by its records decoded: the "Articles" snapshot.</summary>
    public static string Articles(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> sources)
        => string.Join("\n", sources
            .Where(s => s.Key.StartsWith("KzDataset.Articles.", StringComparison.Ordinal))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => "// ==== " + s.Key + "\n" + s.Value + Of(s.Value)));

    public static string Of(string source)
    {
        var data = Data.Match(source);
        if (!data.Success) return string.Empty;
        var bytes = Convert.FromBase64String(data.Groups["base64"].Value);
        var builder = new StringBuilder("// data, decoded:\n");
        foreach (var (id, baseName, offset) in BucketData.ReadManifest(bytes))
        {
            var r = ArticleRecord.Read(bytes, offset);
            builder.Append(CultureInfo.InvariantCulture, $"// {id} ({baseName}): text {r.TextLength} chars {r.TextFingerprint:x16}, sidecar {r.SidecarFingerprint:x16}, ")
                .Append(CultureInfo.InvariantCulture, $"title {Range(r.Title)}, outlet #{r.Outlet}{(r.OutletInferred ? " inferred" : "")} cues {Ranges(r.OutletCues)}, ")
                .Append(CultureInfo.InvariantCulture, $"date {r.Year}-{r.Month}-{r.Day} precision #{r.Precision}{(r.DateInferred ? " inferred" : "")} cues {Ranges(r.DateCues)}, ")
                .Append(CultureInfo.InvariantCulture, $"processing {r.Processing}, format #{r.Format}\n")
                .Append("//   exclusions ").Append(Items(r.Exclusions)).Append('\n')
                .Append("//   paragraphs ").Append(string.Join(" ", r.Paragraphs.Select(Ranges))).Append('\n')
                .Append("//   turns ").Append(Items(r.Turns)).Append('\n')
                .Append("//   quotes ").Append(Items(r.Quotes)).Append('\n')
                .Append("//   figures ").Append(string.Join(" ", r.Figures.Select(f => string.Create(CultureInfo.InvariantCulture,
                    $"[{f.Source}] {Range(f.Range)} value {f.Value?.ToString(CultureInfo.InvariantCulture) ?? "-"} ({f.Lower?.ToString(CultureInfo.InvariantCulture) ?? "-"}..{f.Upper?.ToString(CultureInfo.InvariantCulture) ?? "-"}) unit #{f.Unit} measure #{f.Measure} qualifier #{f.Qualifier} stated by #{f.StatedBy}")))).Append('\n')
                .Append("//   corrections ").Append(Items(r.Corrections)).Append('\n')
                .Append("//   terms ").Append(Items(r.Terms)).Append('\n')
                .Append("//   mentions ").Append(string.Join(" ", r.Mentions.Select(m => "#" + m.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        }
        return builder.ToString();
    }

    private static string Range(RecordRange? range) => range is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Start}..{r.End}") : "-";

    private static string Ranges(RecordRange[] ranges) => "[" + string.Join(" ", ranges.Select(r => Range(r))) + "]";

    private static string Items(RecordItem[] items)
        => string.Join(" ", items.Select(i => string.Create(CultureInfo.InvariantCulture, $"[{i.Source}] {Range(i.Range)} #{i.Code} ref {i.Reference} link {i.Link}")));
}
