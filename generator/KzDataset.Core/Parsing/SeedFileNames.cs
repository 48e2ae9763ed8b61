using System;

namespace KzDataset.Core.Parsing;

/// <summary>The names a seed file's path gives: its file name, and the base name a text and its sidecar share.</summary>
public static class SeedFileNames
{
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
}
