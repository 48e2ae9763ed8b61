using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KzDataset.Synthetic;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// What the C# compiler pays for data written as "…"u8 literals rather than embedded as a
/// resource: two throwaway libraries with the same K MB of corpus text, one as 16
/// <c>ReadOnlySpan&lt;byte&gt; =&gt; "…"u8</c> properties, one as an EmbeddedResource.
/// </summary>
internal static class EmissionOptions
{
    private const int Parts = 16;

    public static int Run(bool quick)
    {
        var sizes = quick ? new[] { 5, 20 } : new[] { 5, 20, 54 };
        var root = Path.Combine(Path.GetTempPath(), "kz-bench", "emission");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        var text = Sample(root);
        foreach (var megabytes in sizes)
        {
            var data = Take(text, megabytes * 1_000_000);
            var bytes = Encoding.UTF8.GetByteCount(data) / 1e6;
            var literal = BuildLibrary(Path.Combine(root, $"u8-{megabytes}"), Literals(data), null);
            var resource = BuildLibrary(Path.Combine(root, $"res-{megabytes}"), "namespace Data;\n\npublic static class Marker\n{\n}\n", data);
            if (literal is null || resource is null) continue;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emission-u8-csc-s[{megabytes}MB]: {literal.CscSeconds:0.###}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emission-u8-peak-mb[{megabytes}MB]: {literal.PeakKb / 1024.0:0.#}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emission-resource-csc-s[{megabytes}MB]: {resource.CscSeconds:0.###}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emission-resource-peak-mb[{megabytes}MB]: {resource.PeakKb / 1024.0:0.#}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emission-u8-csc-s-per-mb[{megabytes}MB]: {literal.CscSeconds / bytes:0.###}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emission-u8-extra-csc-s-per-mb[{megabytes}MB]: {(literal.CscSeconds - resource.CscSeconds) / bytes:0.###}"));
        }
        Directory.Delete(root, recursive: true);
        return 0;
    }

    // Realistic bytes: the synthetic corpus's own texts (curly quotes, accents, dashes).
    private static string Sample(string root)
    {
        var folder = Path.Combine(root, "corpus");
        SyntheticCorpus.Write(folder, 200, seed: 7);
        return string.Concat(Directory.EnumerateFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));
    }

    private static string Take(string text, int bytes)
    {
        var builder = new StringBuilder(bytes);
        while (builder.Length < bytes) builder.Append(text, 0, Math.Min(text.Length, bytes - builder.Length));
        return builder.ToString();
    }

    private static string Literals(string data)
    {
        var source = new StringBuilder(data.Length * 11 / 10);
        source.Append("using System;\n\nnamespace Data;\n\npublic static class Blobs\n{\n");
        var size = (data.Length + Parts - 1) / Parts;
        for (var part = 0; part < Parts; part++)
        {
            var start = part * size;
            var length = Math.Max(0, Math.Min(size, data.Length - start));
            source.Append("    public static ReadOnlySpan<byte> Part").Append(part.ToString("D2", CultureInfo.InvariantCulture)).Append(" => \"");
            for (var i = start; i < start + length; i++) Escape(source, data[i]);
            source.Append("\"u8;\n");
        }
        source.Append("}\n");
        return source.ToString();
    }

    // A C# regular string literal holds any text once quotes, backslashes and control characters are escaped;
    // u8 encodes it back to the same UTF-8 bytes.
    private static void Escape(StringBuilder source, char c)
    {
        switch (c)
        {
            case '"': source.Append("\\\""); break;
            case '\\': source.Append("\\\\"); break;
            case '\n': source.Append("\\n"); break;
            case '\r': source.Append("\\r"); break;
            case '\t': source.Append("\\t"); break;
            default:
                if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085') source.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else source.Append(c);
                break;
        }
    }

    private static BuildProbe.Result? BuildLibrary(string folder, string source, string? resource)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Data.cs"), source);
        var embed = resource is null ? "" : "<ItemGroup><EmbeddedResource Include=\"data.bin\" LogicalName=\"Data.bin\" /></ItemGroup>";
        if (resource is not null) File.WriteAllText(Path.Combine(folder, "data.bin"), resource);
        File.WriteAllText(Path.Combine(folder, "Data.csproj"),
            $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>{embed}</Project>\n");
        var project = Path.Combine(folder, "Data.csproj");
        var warm = BuildProbe.Build(project, restore: true);
        if (!warm.Ok)
        {
            Console.WriteLine($"error: emission build {Path.GetFileName(folder)}: {warm.Error}");
            return null;
        }
        foreach (var output in new[] { "obj/Release", "bin/Release" }) Directory.Delete(Path.Combine(folder, output), recursive: true);
        var result = BuildProbe.Build(project, restore: false);
        if (!result.Ok) Console.WriteLine($"error: emission build {Path.GetFileName(folder)}: {result.Error}");
        return result.Ok ? result : null;
    }
}
