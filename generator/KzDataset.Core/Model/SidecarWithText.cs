namespace KzDataset.Core.Model;

/// <summary>A parsed sidecar and its own text: the resolve step's input, so an edit of one text re-resolves one article.</summary>
public sealed record SidecarWithText(ParsedSidecar Sidecar, SeedText? Text);
