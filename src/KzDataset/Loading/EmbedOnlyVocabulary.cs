#if KZ_EMBED_ONLY
namespace KzDataset;

// An embed-only build (KzGenerate=false, the floor the build benchmarks compare against) runs no
// generator, so the registry enums it would emit are declared empty here.

/// <summary>Outlets (generated from the registry in a normal build).</summary>
public enum Outlet
{
}

/// <summary>Measures (generated from the registry in a normal build).</summary>
public enum Measure
{
}

/// <summary>Units (generated from the registry in a normal build).</summary>
public enum Unit
{
}
#endif
