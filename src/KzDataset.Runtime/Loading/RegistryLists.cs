using System.Collections.Generic;

namespace KzDataset;

/// <summary>The registry entries as article records refer to them: by position in each id-sorted list.</summary>
internal sealed record RegistryLists(
    IReadOnlyList<Person> People, IReadOnlyList<OutletInfo> Outlets, IReadOnlyList<MeasureInfo> Measures, IReadOnlyList<UnitInfo> Units);
