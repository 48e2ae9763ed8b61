namespace KzDataset.Synthetic.Model;

/// <summary>An outlet, measure or unit: id, display name and one optional extra field.</summary>
internal sealed record RegistryEntry(string Id, string Name, string? Extra);
