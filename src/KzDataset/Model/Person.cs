using System.Collections.Generic;

namespace KzDataset;

/// <summary>
/// A person, or a body that speaks as one ("the Kremlin"): one id across the corpus however the
/// texts spell the name. Experts are the subclass <see cref="Expert"/>.
/// </summary>
public class Person
{
    private readonly List<Quote> _quotes = new();
    private readonly List<Article> _articles = new();

    internal Person(PersonData data)
    {
        Id = data.Id;
        Name = data.Name;
        Kind = data.Kind;
        Aliases = data.Aliases;
        Affiliation = data.Affiliation;
        Role = data.Role;
        Note = data.Note;
    }

    /// <summary>The slug id, e.g. "erica-marat".</summary>
    public string Id { get; }

    /// <summary>The name in its usual English spelling.</summary>
    public string Name { get; }

    /// <summary>Every other spelling the corpus uses ("Tokaïev", "Takayev", "Mr Tokayev").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Expert, official, leader…</summary>
    public PersonKind Kind { get; }

    /// <summary>Institution, as the texts state it.</summary>
    public string? Affiliation { get; }

    /// <summary>Role or title, as the texts state it.</summary>
    public string? Role { get; }

    /// <summary>The annotator's note.</summary>
    public string? Note { get; }

    /// <summary>Everything this person is quoted saying, in corpus order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    /// <summary>The articles that name or quote this person.</summary>
    public IReadOnlyList<Article> Articles => _articles;

    internal void Add(Quote quote) => _quotes.Add(quote);

    internal void Add(Article article) => _articles.Add(article);

    /// <inheritdoc />
    public override string ToString() => Name;
}
