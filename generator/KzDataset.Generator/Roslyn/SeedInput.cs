using KzDataset.Core.Parsing;
using Microsoft.CodeAnalysis;

namespace KzDataset.Generator.Roslyn;

/// <summary>An AdditionalFile the project marks as a seed, with its kind (compared by reference to the compiler's file object).</summary>
internal sealed record SeedInput(AdditionalText File, SeedKind Kind);
