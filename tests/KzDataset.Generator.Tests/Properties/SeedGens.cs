using System.Linq;
using CsCheck;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>Generators of the data put into seed files: text of every Unicode category and of code-like pieces, ids of every shape, numbers of every size.</summary>
internal static class SeedGens
{
    /// <summary>Characters that end a line for C# or a reader, hide or reorder text, or break a build.</summary>
    private static readonly string[] Hazards =
    {
        "\u2028", "\u2029", "\u0085", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F",
        "\u007F", "\u0080", "\u009B", "\u009F", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\u00AD", "\u061C", "\u180E", "\u2060", "\u206F",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDFFF\uD800", "\r", "\n", "\r\n", "\t",
        "\U0001F600", "\U000E0001", "\U000E0041", "\U0001D173", "\U000F0000", "\U0010FFFF", "\U0001F1E6\U0001F1FF", "\U00020000", "e\u0301",
    };

    /// <summary>Pieces that mean something in C#, XML doc comments or JSON.</summary>
    private static readonly string[] CodePieces =
    {
        "*/", "/*", "//", "///", "</summary>", "<summary>", "<c>", "</c>", "<see cref=\"X\"/>", "&", "&amp;", "&#x0;", "<![CDATA[", "]]>", "<!--", "-->",
        "\"", "\\", "\\u0000", "\\n", "{", "}", "{0}", "{{", "}}", "#if X", "#endregion", "\"\"\"", "@\"", "u8", "'", "“", "”", "«", "»",
        "} public static class Injected { //", "\u2028} class Injected {", "global::", "namespace X;", "0", "2,500", "Peace is near", "Ann Example",
    };

    public static readonly Gen<string> Hazard = Gen.OneOfConst(Hazards);

    /// <summary>One code point of a category chosen first, so small categories are as likely as big ones.</summary>
    public static readonly Gen<string> AnyCategory = Gen.Int[0, UnicodeSamples.ByCategory.Count - 1]
        .SelectMany(c => Gen.OneOfConst(UnicodeSamples.ByCategory[c]));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.String["abcdefghijklmnopqrstuvwxyz ABC-"]),
        (3, Hazard),
        (3, AnyCategory),
        (2, Gen.OneOfConst(CodePieces)),
        (1, Gen.Char.Select(c => c.ToString())));

    /// <summary>Free text: a few pieces, or one very long run.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (20, Piece.Array[1, 8].Select(p => string.Concat(p))),
        (1, Gen.Int[1, 3_000].Select(n => new string('x', n) + "*/\u2028")));

    /// <summary>Text that a file can hold raw (no lone surrogate): what a seed text can contain.</summary>
    public static readonly Gen<string> FileText = Text.Select(WithoutLoneSurrogates);

    private static readonly string[] Keywords =
    {
        "class", "int", "namespace", "global", "var", "record", "value", "nameof", "this", "base", "null", "true", "false", "default", "event",
        "operator", "params", "void", "object", "string", "dynamic", "async", "await", "yield", "partial", "where", "file", "required", "scoped",
        "field", "extension", "unmanaged", "notnull", "get", "set", "init", "when", "with", "and", "or", "not", "system", "kz-dataset", "case0",
    };

    // Members of the generated catalogs and of the runtime types their members return.
    private static readonly string[] CatalogNames =
    {
        "all", "by-id", "find", "find-all", "search", "by-measure", "get", "find-by-slug", "equals", "get-hash-code", "to-string", "get-type",
        "reference-equals", "memberwise-clone", "finalize", "articles", "quotes", "figures", "people", "experts", "corrections", "outlets",
        "measures", "units", "outlet", "measure", "unit", "article", "kz-corpus", "instance", "bucket", "bucket-data00", "bucket-data15",
        "quote", "figure", "person", "expert", "turn", "corpus", "turns", "text", "id", "generated-code",
    };

    private static readonly string[] InvalidIds =
    {
        "", "-", "a-", "-a", "a--b", "A", "Ann-Example", "a b", "a_b", "a.b", "a/b", "é", "ı", "\u212A", "ſ", "ａ", "١٢", "a\n", "a\r\n", "\na",
        "a\u0000", "a\u2028", "a\u200B", "a\uFEFF", "a\u0085", "tiny-article\n", "ann-example\n", "soldier\n", "x\n\n",
    };

    private static readonly Gen<string> Slug = Gen.String["abcdefghijklmnopqrstuvwxyz0123456789"].Where(s => s.Length > 0).Array[1, 4]
        .Select(parts => string.Join("-", parts.Select(p => p.Length > 12 ? p.Substring(0, 12) : p)));

    /// <summary>A valid slug of exactly this length (around the 128-character limit).</summary>
    private static readonly Gen<string> SlugOfLength = Gen.OneOfConst(1, 2, 126, 127, 128, 129, 130, 256, 511, 512, 513)
        .SelectMany(n => Gen.Int[2, 9].Select(every => new string(Enumerable.Range(0, n).Select(i => i % every == every - 1 && i != n - 1 ? '-' : (char)('a' + i % 26)).ToArray())));

    /// <summary>An id of every shape: valid, long, keyword, catalog member, leading digit, invalid, text, or a near twin of a fixture id.</summary>
    public static readonly Gen<string> Id = Gen.Frequency(
        (6, Slug),
        (2, SlugOfLength),
        (2, Gen.OneOfConst(Keywords)),
        (3, Gen.OneOfConst(CatalogNames)),
        (2, Gen.OneOfConst("2022", "1-a", "0", "9x", "123-456", "0-0", "007", "1e5")),
        (2, Slug.Select(s => s + "\n")),
        (3, Gen.OneOfConst(InvalidIds)),
        (1, Text),
        (2, Gen.OneOfConst("ann-example", "example-news", "troops-deployed", "elapsed-time", "soldier", "year", "tiny-article", "second-piece", "peace", "peace-title", "soldiers", "thirty-years", "dateline", "turn-1", "turn-2")
            .SelectMany(id => Gen.OneOfConst(id.Replace("-", string.Empty), id + "-", id.Insert(1, "-"), id.ToUpperInvariant(), id, id + "-2", "x-" + id))));

    /// <summary>A number as the text writes it: digits with separators, huge or tiny, or words with scales that multiply up.</summary>
    public static readonly Gen<string> NumberInText = Gen.Frequency(
        (3, Gen.Long[0, long.MaxValue].Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))),
        (3, Gen.Char["0123456789"].Array[1, 60].Select(d => "1" + new string(d))),
        (2, Gen.OneOfConst("0", "0.5", "3.25", "0.000000000000000000000000000001", "79228162514264337593543950335", "79228162514264337593543950336", "1.5.5", "2,,500", "٢٥٠٠")),
        (3, Gen.Int[0, 40].SelectMany(n => Gen.OneOfConst("thousand", "million", "billion", "hundred", "dozen", "and a half", "twenty").Array[n, n])
            .SelectMany(words => Gen.OneOfConst("79228162514264337593543950335", "2,500", "three", "a", "99").Select(head => (head + " " + string.Join(" ", words)).Trim()))));

    /// <summary>A JSON number: small, huge, tiny, negative, in exponent form, or not a number at all.</summary>
    public static readonly Gen<string> JsonNumber = Gen.Frequency(
        (3, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Long.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOfConst("0", "-0", "1", "2", "3", "2500", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "79228162514264337593543950335",
            "79228162514264337593543950336", "1e28", "1e29", "1e308", "1e309", "1e400", "-1e400", "1e-400", "0.0000000000000000000000000001", "1E-28", "2.0", "1.5",
            "2500.0000000000000000000000000001", "123456789012345678901234567890123456789")),
        (1, Gen.Int[1, 400].Select(n => "1" + new string('0', n))),
        (1, Gen.OneOfConst("true", "null", "\"2500\"", "[]", "{}", "NaN", "Infinity", "0x10", "+1", "01", ".5")));

    private static string WithoutLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var paired = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (paired) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
