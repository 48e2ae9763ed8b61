using System;

namespace KzDataset.Generator.Parsing;

/// <summary>
/// How the generator recognises its inputs among the AdditionalFiles: <c>*.txt</c> are texts,
/// <c>*.json</c> beside them are sidecars, <c>*.json</c> in a <c>registry</c> folder are
/// registries; JSON schemas (<c>*.schema.json</c>) and everything else are ignored.
/// </summary>
internal static class SeedFileNames
{
    public const string RegistryFolder = "registry";

    public static bool IsText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public static bool IsSidecar(string path)
        => IsJson(path) && !IsRegistry(path);

    public static bool IsRegistry(string path)
        => IsJson(path) && string.Equals(FolderName(path), RegistryFolder, StringComparison.Ordinal);

    public static string FileName(string path)
    {
        var cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return cut >= 0 ? path.Substring(cut + 1) : path;
    }

    /// <summary>"seeds/000_x.json" → "000_x", the name a text and its sidecar share.</summary>
    public static string BaseName(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static bool IsJson(string path)
        => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
           && !path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

    private static string FolderName(string path)
    {
        var cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        if (cut <= 0) return string.Empty;
        var folder = path.Substring(0, cut);
        return FileName(folder);
    }
}
