using System.Collections.Generic;
using System.Globalization;

namespace KzDataset.Bench.Scaling;

/// <summary>Everything measured at one corpus size, by name; each value is printed as "name[N=n]: value" when recorded.</summary>
internal sealed class Measurements
{
    public Measurements(int articles) => Articles = articles;

    public int Articles { get; }

    public SortedDictionary<string, double> Values { get; } = new(System.StringComparer.Ordinal);

    public void Record(string name, double value)
    {
        Values[name] = value;
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}[N={Articles}]: {value:0.###}"));
    }

    public void Ratio(string name, string numerator, string denominator)
    {
        if (Values.TryGetValue(numerator, out var top) && Values.TryGetValue(denominator, out var bottom) && bottom > 0) Record(name, top / bottom);
    }

    public string Cell(string name, string format = "0.##")
        => Values.TryGetValue(name, out var value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";
}
