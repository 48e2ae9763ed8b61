namespace KzDataset;

/// <summary>An outlet of the corpus's registry (<c>registry/outlets.json</c>).</summary>
/// <param name="Id">The slug id, e.g. "nyt".</param>
/// <param name="Name">The outlet's name.</param>
/// <param name="Country">Where it is based, if the registry says.</param>
/// <param name="Language">The language it publishes in, if the registry says.</param>
/// <param name="Note">The annotator's note.</param>
public sealed record OutletInfo(string Id, string Name, string? Country, string? Language, string? Note)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>What a figure measures, from the corpus's registry (<c>registry/measures.json</c>).</summary>
/// <param name="Id">The slug id, e.g. "troops-deployed".</param>
/// <param name="Name">A short name.</param>
/// <param name="Description">What exactly is measured, if the registry says.</param>
public sealed record MeasureInfo(string Id, string Name, string? Description)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The unit a figure is counted or measured in, from the corpus's registry (<c>registry/units.json</c>).</summary>
/// <param name="Id">The slug id, e.g. "soldier".</param>
/// <param name="Name">The unit's name, e.g. "soldiers".</param>
/// <param name="Symbol">Its symbol, if it has one.</param>
public sealed record UnitInfo(string Id, string Name, string? Symbol)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
