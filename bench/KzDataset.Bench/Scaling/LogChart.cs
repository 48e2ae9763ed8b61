using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// Draws the chart (and prints the table) from the `name[N=n]: value` lines of earlier runs, so
/// sizes measured in separate runs (10 … 10,000, then 50,000) share one chart.
/// </summary>
internal static class LogChart
{
    private static readonly Regex Line = new(@"^(?<name>[^\[\s]+)\[N=(?<n>\d+)\]: (?<value>-?[0-9.]+)$", RegexOptions.CultureInvariant);

    public static int Run(IEnumerable<string> logs, string chart)
    {
        var rows = new SortedDictionary<int, Measurements>();
        foreach (var log in logs)
        {
            foreach (var line in File.ReadLines(log))
            {
                var match = Line.Match(line.Trim());
                if (!match.Success) continue;
                var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                if (!rows.TryGetValue(n, out var row)) rows[n] = row = new Measurements(n);
                row.Values[match.Groups["name"].Value] = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }
        if (rows.Count == 0)
        {
            Console.WriteLine("error: no measurements in the given logs");
            return 1;
        }
        ScalingBench.PrintTable(rows.Values.ToList());
        Chart.Write(rows.Values.ToList(), chart);
        Console.WriteLine("chart: " + chart);
        return 0;
    }
}
