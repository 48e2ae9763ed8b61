using System.Globalization;

namespace KzDataset.Format;

/// <summary>A turn's id is its position in the sidecar's "turns" array, from 1.</summary>
public static class TurnIds
{
    /// <summary>The id of the turn at <paramref name="source"/> in the sidecar's "turns" array.</summary>
    public static string Of(int source) => "turn-" + (source + 1).ToString(CultureInfo.InvariantCulture);
}
