using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Bench.Scaling;

/// <summary>The scaling chart: build, generator and first-access time against N, log-log.</summary>
internal static class Chart
{
    public static void Write(IReadOnlyList<Measurements> rows, string path)
    {
        var plot = new ScottPlot.Plot();
        Series(plot, rows, "build-s", 1, "full library build (s)");
        Series(plot, rows, "generator-cold-ms", 1e-3, "generator, cold process (s)");
        Series(plot, rows, "embed-build-s", 1, "embed-only build, no generator (s)");
        Series(plot, rows, "floor-ms", 1e-3, "floor: read + SHA-256 + JSON parse (s)");
        Series(plot, rows, "kz-all-ms", 1e-3, "every article, fresh process (s)");
        Series(plot, rows, "json-all-ms", 1e-3, "the same corpus loaded as JSON (s)");
        Series(plot, rows, "kz-first-ms", 1e-3, "first typed quote, fresh process (s)");
        plot.Title("KzDataset scaling (log10 axes)");
        plot.XLabel("log10 N (articles)");
        plot.YLabel("log10 seconds");
        plot.ShowLegend();
        plot.SavePng(path, 900, 560);
    }

    private static void Series(ScottPlot.Plot plot, IReadOnlyList<Measurements> rows, string key, double scale, string label)
    {
        var points = rows.Where(r => r.Values.ContainsKey(key) && r.Values[key] > 0).ToList();
        if (points.Count == 0) return;
        var scatter = plot.Add.Scatter(points.Select(r => Math.Log10(r.Articles)).ToArray(), points.Select(r => Math.Log10(r.Values[key] * scale)).ToArray());
        scatter.LegendText = label;
    }
}
