using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Core.Common;

/// <summary>
/// The names the generated code declares beside the names made from ids: the catalog classes, their
/// corpus-wide members, the helper of each article's nested class, and the corpus class. The emitters
/// write these constants and nothing else of the kind, so an id that would become one of them (or a
/// member every class inherits from object) is refused before it reaches the emitters.
/// </summary>
public static class CatalogNames
{
    public const string Articles = "Articles";
    public const string Quotes = "Quotes";
    public const string Figures = "Figures";
    public const string People = "People";
    public const string Experts = "Experts";
    public const string Corrections = "Corrections";
    public const string Outlets = "Outlets";
    public const string Measures = "Measures";
    public const string Units = "Units";

    public const string All = "All";
    public const string ById = "ById";
    public const string Find = "Find";
    public const string Search = "Search";
    public const string ByMeasure = "ByMeasure";

    /// <summary>The private property of an article's class in Quotes and Figures that its items read from.</summary>
    public const string Article = "Article";

    public const string CorpusClass = "KzCorpus";
    public const string Instance = "Instance";

    /// <summary>Every name above.</summary>
    public static readonly IReadOnlyCollection<string> Declared = new[]
    {
        Articles, Quotes, Figures, People, Experts, Corrections, Outlets, Measures, Units,
        All, ById, Find, Search, ByMeasure, Article, CorpusClass, Instance,
    };

    /// <summary>The members a static class inherits from object (Equals, ToString…), which a member of the same name would hide.</summary>
    public static readonly IReadOnlyCollection<string> Inherited = typeof(object).GetMethods(
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static)
        .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)
        .Select(m => m.Name)
        .Distinct()
        .ToArray();

    private static readonly HashSet<string> Reserved = new(Declared.Concat(Inherited), System.StringComparer.Ordinal);

    /// <summary>Whether an id's C# identifier would clash with a name the generated code already declares or inherits.</summary>
    public static bool IsReserved(string identifier) => Reserved.Contains(identifier);
}
