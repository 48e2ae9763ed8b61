using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>A figure's value (or bounds) must be a number its text states, unless a deliberate reading is given.</summary>
internal static class FigureValueChecker
{
    public static bool Check(RawFigure figure, string spanText, List<DiagnosticInfo> diagnostics)
    {
        var read = NumberReader.Read(spanText);
        if (read.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.FigureValueUnreadable, figure.Anchor.Location,
                AnchorResolver.Shorten(spanText), figure.Id.Id));
            return false;
        }
        var given = new[] { figure.Value, figure.Lower, figure.Upper }.Where(v => v is not null).Select(v => v!.Value).ToList();
        var missing = given.Where(v => !read.Contains(v)).ToList();
        if (missing.Count == 0) return true;
        var givenText = figure.Value is { } value ? "value " + Format(value)
            : string.Join(" and ", new[] { figure.Lower is { } l ? "lower " + Format(l) : null, figure.Upper is { } u ? "upper " + Format(u) : null }.Where(s => s is not null));
        diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.FigureValueMismatch, figure.ValueLocation,
            figure.Id.Id, givenText, AnchorResolver.Shorten(spanText), string.Join(", ", read.Select(Format))));
        return false;
    }

    private static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
