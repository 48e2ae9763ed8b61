using System.Text.Json.Serialization;

namespace KzDataset.Synthetic.Export;

/// <summary>Source-generated serializer of the export: the JSON baseline pays no reflection cost.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExportCorpus))]
public sealed partial class ExportJsonContext : JsonSerializerContext
{
}
