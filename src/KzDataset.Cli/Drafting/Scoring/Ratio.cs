using System.Globalization;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>A share: <see cref="Hits"/> out of <see cref="Of"/>; none when there is nothing to count.</summary>
internal readonly record struct Ratio(int Hits, int Of)
{
    /// <summary>Hits / Of, or null when Of is 0 (a recall with nothing to find is not a success or a failure).</summary>
    public double? Value => Of == 0 ? null : (double)Hits / Of;

    /// <summary>Whether the share reaches <paramref name="threshold"/>; a share of nothing meets any threshold.</summary>
    public bool AtLeast(double threshold) => Value is not { } value || value >= threshold;

    /// <summary>"93.1%", or "–" for a share of nothing.</summary>
    public string Percent => Value is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>"93.1% (27/29)".</summary>
    public override string ToString() => Of == 0 ? "–" : $"{Percent} ({Hits.ToString(CultureInfo.InvariantCulture)}/{Of.ToString(CultureInfo.InvariantCulture)})";
}
