using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>The outlets of the registry, with names for the <see cref="Outlet"/> enum.</summary>
public static class Outlets
{
    /// <summary>Every outlet, ordered by slug.</summary>
    public static IReadOnlyList<OutletInfo> All => Corpus.Instance.Outlets;

    /// <summary>The registry entry of an outlet.</summary>
    public static OutletInfo Get(Outlet outlet) => All.First(o => o.Id == outlet);
}

/// <summary>The measures of the registry, with names for the <see cref="Measure"/> enum.</summary>
public static class Measures
{
    /// <summary>Every measure, ordered by slug.</summary>
    public static IReadOnlyList<MeasureInfo> All => Corpus.Instance.Measures;

    /// <summary>The registry entry of a measure.</summary>
    public static MeasureInfo Get(Measure measure) => All.First(m => m.Id == measure);

    /// <summary>The measure with this slug (e.g. "troops-deployed"), or null.</summary>
    public static MeasureInfo? FindBySlug(string slug) => All.FirstOrDefault(m => m.Slug == slug);
}

/// <summary>The units of the registry, with names for the <see cref="Unit"/> enum.</summary>
public static class Units
{
    /// <summary>Every unit, ordered by slug.</summary>
    public static IReadOnlyList<UnitInfo> All => Corpus.Instance.Units;

    /// <summary>The registry entry of a unit.</summary>
    public static UnitInfo Get(Unit unit) => All.First(u => u.Id == unit);
}
