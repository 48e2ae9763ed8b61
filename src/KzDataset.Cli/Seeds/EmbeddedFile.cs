using System.IO;
using System.Reflection;

namespace KzDataset.Cli.Seeds;

/// <summary>Reads an embedded resource whole: the bundled corpus's seeds, the schemas kz init writes.</summary>
internal static class EmbeddedFile
{
    public static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
