using System.Globalization;

namespace KzDataset.Shared;

/// <summary>Shared source (generator and runtime): a turn's id is its position in the sidecar's "turns" array, from 1.</summary>
internal static class TurnIds
{
    public static string Of(int source) => "turn-" + (source + 1).ToString(CultureInfo.InvariantCulture);
}
