using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>
/// A person, or a body that speaks as one ("the Kremlin"): one id across the corpus however the
/// texts spell the name. Experts are the subclass <see cref="Expert"/>.
/// </summary>
public class Person
{
    private readonly Corpus _corpus;

    internal Person(Registry.Entry entry, Corpus corpus)
    {
        _corpus = corpus;
        Id = entry.Id;
        Name = entry.String("name") ?? Id;
        Kind = Vocabulary.Word<PersonKind>(entry.String("kind") ?? string.Empty);
        Aliases = entry.Aliases;
        Affiliation = entry.String("affiliation");
        Role = entry.String("role");
        Note = entry.String("note");
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

    /// <summary>Everything this person is quoted saying, in corpus order (reads every article's text and sidecar on first use).</summary>
    public IReadOnlyList<Quote> Quotes => _corpus.QuotesOf(this);

    /// <summary>The articles that name or quote this person (reads every article's record, not its text, on first use).</summary>
    public IReadOnlyList<Article> Articles => _corpus.ArticlesOf(this);

    /// <inheritdoc />
    public override string ToString() => Name;
}
