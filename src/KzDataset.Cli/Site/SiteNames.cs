using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Cli.Site;

/// <summary>
/// File names and links for ids from seed files: an id of lowercase letters, digits and hyphens (a
/// slug, as ids are meant to be) is its own name; anything else, which a hostile sidecar may hold
/// (slashes, dots, markup, a reserved device name), gets a name made from its hash.
/// </summary>
internal static class SiteNames
{
    public static string Page(string id) => Safe(id) + ".html";

    public static string Safe(string id)
    {
        if (id.Length is > 0 and <= 100 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && !Reserved(id)) return id;
        return "id-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];
    }

    /// <summary>A fragment (<c>#q-…</c>) for a link: the id percent-encoded, so it is one URL part whatever it holds.</summary>
    public static string Fragment(string id) => Uri.EscapeDataString(id);

    /// <summary>Names Windows keeps for devices: a file named so cannot be written there.</summary>
    private static bool Reserved(string id)
        => id is "con" or "prn" or "aux" or "nul" || (id.Length == 4 && (id.StartsWith("com", StringComparison.Ordinal) || id.StartsWith("lpt", StringComparison.Ordinal)));
}
