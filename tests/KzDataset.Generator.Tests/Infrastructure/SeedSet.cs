using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// A set of seed files for a generator run, by path. "{{sha256:name.txt}}" in any file is
/// replaced by the hash of that text, so fixtures stay valid when their texts are edited.
/// </summary>
internal sealed class SeedSet
{
    public const string Folder = "/repo/seeds/";

    private readonly SortedDictionary<string, string> _files = new(System.StringComparer.Ordinal);

    public SeedSet With(string relativePath, string content)
    {
        var copy = Clone();
        copy._files[Folder + relativePath] = content;
        return copy;
    }

    public SeedSet Without(string relativePath)
    {
        var copy = Clone();
        copy._files.Remove(Folder + relativePath);
        return copy;
    }

    /// <summary>Replaces text in one file (the test fails if the text is not there, so edits cannot silently miss).</summary>
    public SeedSet Edit(string relativePath, string oldText, string newText)
    {
        var content = this[relativePath];
        Xunit.Assert.Contains(oldText, content);
        return With(relativePath, content.Replace(oldText, newText));
    }

    public string this[string relativePath] => _files[Folder + relativePath];

    public static string PathOf(string relativePath) => Folder + relativePath;

    public IReadOnlyList<InMemoryAdditionalText> ToAdditionalTexts()
        => _files.Select(f => new InMemoryAdditionalText(f.Key, ExpandHashes(f.Value))).ToList();

    public static string Sha256(string text)
        => Convert(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string ExpandHashes(string content)
    {
        foreach (var file in _files)
        {
            var name = file.Key.Substring(Folder.Length);
            var token = "{{sha256:" + name + "}}";
            if (content.Contains(token)) content = content.Replace(token, Sha256(file.Value));
        }
        return content;
    }

    private static string Convert(byte[] hash) => System.Convert.ToHexString(hash).ToLowerInvariant();

    private SeedSet Clone()
    {
        var copy = new SeedSet();
        foreach (var file in _files) copy._files[file.Key] = file.Value;
        return copy;
    }
}
