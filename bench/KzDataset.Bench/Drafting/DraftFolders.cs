using System;
using System.IO;
using System.Linq;
using KzDataset.Synthetic;

namespace KzDataset.Bench.Drafting;

/// <summary>
/// The folders a draft bench works in, under the temp folder: <c>truth/</c> (texts, sidecars, registry) and
/// <c>draft-*/</c> (the same texts and registry, no sidecars), so the repository's seeds are never touched.
/// </summary>
internal static class DraftFolders
{
    /// <summary>A fresh, empty working folder for one bench run.</summary>
    public static string Root(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "kz-bench-draft", name);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary><paramref name="articles"/> synthetic articles whose sidecars are the truth by construction.</summary>
    public static string Synthetic(string root, int articles, int seed)
    {
        var truth = Path.Combine(root, "truth");
        SyntheticCorpus.Write(truth, articles, seed);
        return truth;
    }

    /// <summary>The bundled five (texts, sidecars, registry) copied as the truth.</summary>
    public static string Bundled(string root, string seeds)
    {
        var truth = Path.Combine(root, "truth");
        Directory.CreateDirectory(Path.Combine(truth, "registry"));
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Concat(Directory.GetFiles(seeds, "*.json")))
        {
            File.Copy(file, Path.Combine(truth, Path.GetFileName(file)));
        }
        foreach (var file in Directory.GetFiles(Path.Combine(seeds, "registry"), "*.json"))
        {
            File.Copy(file, Path.Combine(truth, "registry", Path.GetFileName(file)));
        }
        return truth;
    }

    /// <summary>
    /// A copy of <paramref name="truth"/>'s texts and registry, without a sidecar: what a user has before drafting.
    /// <paramref name="withoutPeople"/>: the people registry emptied, as for a corpus whose speakers nobody has entered yet.
    /// </summary>
    public static string Stripped(string truth, string name, bool withoutPeople)
    {
        var draft = Path.Combine(Path.GetDirectoryName(truth)!, name);
        Directory.CreateDirectory(Path.Combine(draft, "registry"));
        foreach (var text in Directory.GetFiles(truth, "*.txt")) File.Copy(text, Path.Combine(draft, Path.GetFileName(text)));
        foreach (var file in Directory.GetFiles(Path.Combine(truth, "registry"), "*.json"))
        {
            File.Copy(file, Path.Combine(draft, "registry", Path.GetFileName(file)));
        }
        if (withoutPeople) File.WriteAllText(Path.Combine(draft, "registry", "people.json"), "{\n  \"$schema\": \"../schema/people.schema.json\",\n  \"people\": []\n}\n");
        return draft;
    }
}
