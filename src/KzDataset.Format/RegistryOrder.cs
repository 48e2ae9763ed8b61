using System;
using System.Collections.Generic;

namespace KzDataset.Format;

/// <summary>The registry's ids in the order article records refer to them (a record's outlet 3 is <c>Outlets[3]</c>).</summary>
public sealed class RegistryOrder
{
    /// <summary>The four lists, each in record order.</summary>
    public RegistryOrder(IReadOnlyList<string> people, IReadOnlyList<string> outlets, IReadOnlyList<string> measures, IReadOnlyList<string> units)
    {
        People = people ?? throw new ArgumentNullException(nameof(people));
        Outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));
        Measures = measures ?? throw new ArgumentNullException(nameof(measures));
        Units = units ?? throw new ArgumentNullException(nameof(units));
    }

    /// <summary>The people's ids.</summary>
    public IReadOnlyList<string> People { get; }

    /// <summary>The outlets' ids.</summary>
    public IReadOnlyList<string> Outlets { get; }

    /// <summary>The measures' ids.</summary>
    public IReadOnlyList<string> Measures { get; }

    /// <summary>The units' ids.</summary>
    public IReadOnlyList<string> Units { get; }
}
