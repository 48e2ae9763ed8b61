using System.Collections.Generic;

namespace KzDataset.Format;

/// <summary>
/// Strips diacritics by table, not by <c>string.Normalize</c>: under InvariantGlobalization (this
/// repository's setting, and common in containers) Normalize does nothing, so "Michael" would not
/// find "Michaël". The table is the canonical decomposition (NFD) of Latin (U+00C0–024F,
/// U+1E00–1EFF), Greek (U+0370–03FF) and Cyrillic (U+0400–04FF) letters reduced to their base
/// letter, so lookups give the same answer in every globalization mode. Letters outside these
/// blocks are kept as they are; combining marks are dropped by <see cref="IsMark"/>.
/// </summary>
public static class Diacritics
{
    // Each entry: a base letter, then every letter of the covered blocks that decomposes to it.
    private static readonly string[] Groups =
    {
        "AÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ",
        "BḂḄḆ",
        "CÇĆĈĊČḈ",
        "DĎḊḌḎḐḒ",
        "EÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ",
        "FḞ",
        "GĜĞĠĢǦǴḠ",
        "HĤȞḢḤḦḨḪ",
        "IÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ",
        "JĴ",
        "KĶǨḰḲḴ",
        "LĹĻĽḶḸḺḼ",
        "MḾṀṂ",
        "NÑŃŅŇǸṄṆṈṊ",
        "OÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ",
        "PṔṖ",
        "RŔŖŘȐȒṘṚṜṞ",
        "SŚŜŞŠȘṠṢṤṦṨ",
        "TŢŤȚṪṬṮṰ",
        "UÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ",
        "VṼṾ",
        "WŴẀẂẄẆẈ",
        "XẊẌ",
        "YÝŶŸȲẎỲỴỶỸ",
        "ZŹŻŽẐẒẔ",
        "aàáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ",
        "bḃḅḇ",
        "cçćĉċčḉ",
        "dďḋḍḏḑḓ",
        "eèéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ",
        "fḟ",
        "gĝğġģǧǵḡ",
        "hĥȟḣḥḧḩḫẖ",
        "iìíîïĩīĭįǐȉȋḭḯỉị",
        "jĵǰ",
        "kķǩḱḳḵ",
        "lĺļľḷḹḻḽ",
        "mḿṁṃ",
        "nñńņňǹṅṇṉṋ",
        "oòóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ",
        "pṕṗ",
        "rŕŗřȑȓṙṛṝṟ",
        "sśŝşšșṡṣṥṧṩ",
        "tţťțṫṭṯṱẗ",
        "uùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
        "vṽṿ",
        "wŵẁẃẅẇẉẘ",
        "xẋẍ",
        "yýÿŷȳẏẙỳỵỷỹ",
        "zźżžẑẓẕ",
        "ÆǢǼ",
        "ØǾ",
        "æǣǽ",
        "øǿ",
        "ſẛ",
        "ƷǮ",
        "ʒǯ",
        "ʹʹ",
        "ΑΆ",
        "ΕΈ",
        "ΗΉ",
        "ΙΊΪ",
        "ΟΌ",
        "ΥΎΫ",
        "ΩΏ",
        "αά",
        "εέ",
        "ηή",
        "ιΐίϊ",
        "οό",
        "υΰϋύ",
        "ωώ",
        "ϒϓϔ",
        "ІЇ",
        "АӐӒ",
        "ГЃ",
        "ЕЀЁӖ",
        "ЖӁӜ",
        "ЗӞ",
        "ИЍЙӢӤ",
        "КЌ",
        "ОӦ",
        "УЎӮӰӲ",
        "ЧӴ",
        "ЫӸ",
        "ЭӬ",
        "аӑӓ",
        "гѓ",
        "еѐёӗ",
        "жӂӝ",
        "зӟ",
        "ийѝӣӥ",
        "кќ",
        "оӧ",
        "уўӯӱӳ",
        "чӵ",
        "ыӹ",
        "эӭ",
        "ії",
        "ѴѶ",
        "ѵѷ",
        "ӘӚ",
        "әӛ",
        "ӨӪ",
        "өӫ",
    };

    private static readonly Dictionary<char, char> BaseOf = Build();

    /// <summary>The base letter of <paramref name="c"/> ("ë" → "e", "Й" → "И"), or <paramref name="c"/> itself.</summary>
    public static char Strip(char c) => BaseOf.TryGetValue(c, out var b) ? b : c;

    /// <summary>A combining mark (U+0300–036F and the other nonspacing marks): nothing to compare by itself.</summary>
    public static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        foreach (var group in Groups)
        {
            for (var i = 1; i < group.Length; i++) map.Add(group[i], group[0]);
        }
        return map;
    }
}
