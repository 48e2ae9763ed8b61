
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using KzDataset.Core.Steps;
using KzDataset.Core.Parsing;
using KzDataset.Core.Text;

namespace KzDataset.Cli.Seeds;

/// <summary>
/// A corpus's seed files as the tool reads them: a folder laid out as the generator package's build
/// files expect (texts and sidecars side by side, registries in <c>registry/</c>: the generator's <see cref="SeedLayout"/>), or the bundled
/// corpus's files, read back from the KzDataset assembly that embeds them.
/// </summary>
internal sealed class SeedFolder
{
    private SeedFolder(string name, IReadOnlyList<SeedFile> files)
    {
        Name = name;
        Files = files;
    }

    /// <summary>How the folder is shown: its path, or "the bundled corpus".</summary>
    public string Name { get; }

    public IReadOnlyList<SeedFile> Files { get; }

    /// <summary>The seeds under <paramref name="directory"/>.</summary>
    public static SeedFolder Open(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full)) throw new CliException($"no seeds folder at '{directory}'");
        var registry = Path.Combine(full, SeedLayout.RegistryFolder);
        var candidates = Directory.EnumerateFiles(full).Concat(Directory.Exists(registry) ? Directory.EnumerateFiles(registry) : []);
        var files = new List<SeedFile>();
        foreach (var path in candidates)
        {
            var kind = SeedLayout.KindOf(Path.GetRelativePath(full, path));
            if (kind != SeedKind.None) files.Add(SeedFile.FromDisk(path, kind));
        }
        if (files.Count == 0) throw new CliException($"'{directory}' holds no seed files (*.txt and *.json, registries in registry/)");
        return new SeedFolder(full, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
    }

    /// <summary>The bundled corpus's seeds, as embedded in the KzDataset assembly (shown under "seeds/").</summary>
    public static SeedFolder Bundled()
    {
        var assembly = typeof(KzDataset.KzCorpus).Assembly;
        var files = new List<SeedFile>();
        foreach (var name in assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (name.StartsWith(SeedResources.SeedPrefix, StringComparison.Ordinal))
            {
                var file = name.Substring(SeedResources.SeedPrefix.Length);
                files.Add(SeedFile.FromBytes("seeds/" + file, SeedLayout.KindOf(file), EmbeddedFile.Read(assembly, name)));
            }
            else if (name.StartsWith(SeedResources.RegistryPrefix, StringComparison.Ordinal))
            {
                var file = SeedLayout.RegistryFolder + "/" + name.Substring(SeedResources.RegistryPrefix.Length);
                files.Add(SeedFile.FromBytes("seeds/" + file, SeedLayout.KindOf(file), EmbeddedFile.Read(assembly, name)));
            }
        }
        return new SeedFolder("the bundled corpus", files);
    }

    /// <summary>Runs the build's checks (the generator's own code) over the files.</summary>
    public SeedCheckResult Check() => SeedCheck.Run(Files.Select(f => new SeedCheckFile(f.Path, f.Kind, f.Content, f.NotUtf8, f.StartsWithBom)));

    /// <summary>The corpus, as a corpus project built from these seeds would hold it; a <see cref="CliException"/> when the seeds have errors.</summary>
    public Corpus Load()
    {
        if (Files.FirstOrDefault(f => f.Problem is not null) is { } unreadable) throw new CliException(unreadable.Path + ": " + unreadable.Problem);
        var result = Check();
        if (result.HasErrors)
        {
            var errors = result.Diagnostics.Count(d => d.Rule.Severity == KzDataset.Core.Diagnostics.KzSeverity.Error);
            throw new CliException($"the seeds in {Name} have {Format.Count(errors, "error")}; 'kz check {Name}' lists them");
        }
        return Build(result);
    }

    /// <summary>
    /// The corpus of the articles the checks could still compile, errors or not (an article with a failed
    /// anchor keeps its other annotations, as the generator's records do): what <c>kz site</c> shows.
    /// </summary>
    public Corpus Build(SeedCheckResult result)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var prefix = file.Kind == SeedKind.Registry ? SeedResources.RegistryPrefix : SeedResources.SeedPrefix;
            names[prefix + Path.GetFileName(file.Path)] = file.Path;
        }
        return Corpus.FromData(result.Header(), result.Buckets(), new FolderSeedStore(Name, names));
    }

    /// <summary>
    /// One seed file: its content decoded as the compiler decodes it (a UTF-8 byte-order mark dropped,
    /// an invalid byte sequence as U+FFFD, which the checks then report as KZ0014), or why it cannot be read.
    /// </summary>
    internal sealed record SeedFile(string Path, SeedKind Kind, string? Content, string? Problem, NotUtf8? NotUtf8 = null, bool StartsWithBom = false)
    {
        public static SeedFile FromDisk(string path, SeedKind kind)
        {
            try
            {
                return FromBytes(path, kind, File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new SeedFile(path, kind, null, "cannot be read: " + ex.Message);
            }
        }

        public static SeedFile FromBytes(string path, SeedKind kind, byte[] bytes)
        {
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            var content = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            var invalid = Utf8Validation.FirstInvalidByte(bytes[start..]);
            var notUtf8 = invalid < 0 ? null : new NotUtf8(start + invalid, Encoding.UTF8.GetCharCount(bytes, start, invalid));
            return new SeedFile(path, kind, content, null, notUtf8, StartsWithBom: start > 0);
        }
    }
}
