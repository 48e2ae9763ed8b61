using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace KzDataset;

/// <summary>
/// The object graph built once from the generated data: people first, then articles with their
/// quotes, figures and turns linked both ways. Built on first use of any catalog.
/// </summary>
internal sealed class Corpus
{
    private static readonly Lazy<Corpus> Current = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Article> _articlesById;
    private readonly Dictionary<string, Person> _peopleById;
    private readonly Dictionary<string, Person> _peopleByName;
    private readonly Dictionary<string, Quote> _quotesById;
    private readonly Dictionary<string, Figure> _figuresById;

    private Corpus(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Person> people,
        IReadOnlyList<OutletInfo> outlets,
        IReadOnlyList<MeasureInfo> measures,
        IReadOnlyList<UnitInfo> units)
    {
        Articles = articles;
        People = people;
        Outlets = outlets;
        Measures = measures;
        Units = units;
        Experts = people.OfType<Expert>().ToArray();
        Quotes = articles.SelectMany(a => a.Quotes).ToArray();
        Figures = articles.SelectMany(a => a.Figures).ToArray();
        Corrections = articles.SelectMany(a => a.Corrections).ToArray();
        _articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _peopleById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _quotesById = Quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        _figuresById = Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _peopleByName = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var name in new[] { person.Id, person.Name }.Concat(person.Aliases))
            {
                _peopleByName.TryAdd(Shared.NameKey.Of(name), person);
            }
        }
    }

    public static Corpus Instance => Current.Value;

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Expert> Experts { get; }

    public IReadOnlyList<Quote> Quotes { get; }

    public IReadOnlyList<Figure> Figures { get; }

    public IReadOnlyList<Correction> Corrections { get; }

    public IReadOnlyList<OutletInfo> Outlets { get; }

    public IReadOnlyList<MeasureInfo> Measures { get; }

    public IReadOnlyList<UnitInfo> Units { get; }

    /// <summary>An article by id; the generated typed members only ask for ids that exist.</summary>
    public Article Article(string id) => _articlesById[id];

    public Person Person(string id) => _peopleById[id];

    public Quote Quote(string id) => _quotesById[id];

    public Figure Figure(string id) => _figuresById[id];

    public Quote? FindQuote(string id) => _quotesById.GetValueOrDefault(id);

    public Figure? FindFigure(string id) => _figuresById.GetValueOrDefault(id);

    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    public Person? FindPersonById(string id) => _peopleById.GetValueOrDefault(id);

    /// <summary>By id, name or any alias, ignoring case, diacritics and typography.</summary>
    public Person? FindPerson(string nameOrAlias) => _peopleByName.GetValueOrDefault(Shared.NameKey.Of(nameOrAlias));

    private static Corpus Build()
    {
        var outlets = CorpusData.CreateOutlets().Select(o => new OutletInfo(o.Id, o.Slug, o.Name, o.Country, o.Language, o.Note)).ToArray();
        var measures = CorpusData.CreateMeasures().Select(m => new MeasureInfo(m.Id, m.Slug, m.Name, m.Description)).ToArray();
        var units = CorpusData.CreateUnits().Select(u => new UnitInfo(u.Id, u.Slug, u.Name, u.Symbol)).ToArray();
        var people = CorpusData.CreatePeople()
            .Select(p => p.Kind == PersonKind.Expert ? new Expert(p) : new Person(p))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToArray();
        var peopleById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var outletById = outlets.ToDictionary(o => o.Id);

        var articles = CorpusData.CreateArticles()
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(data => Link(new Article(data, outletById[data.Outlet]), peopleById))
            .ToArray();
        return new Corpus(articles, people, outlets, measures, units);
    }

    private static Article Link(Article article, Dictionary<string, Person> people)
    {
        var data = article.Data;
        var turns = data.Turns.Select(t => new Turn(article, t.Id, t.Role,
            t.SpeakerId is null ? null : people[t.SpeakerId], new TextSpan(article, t.Start, t.End), t.Note)).ToArray();
        var turnsById = turns.ToDictionary(t => t.LocalId, StringComparer.Ordinal);

        var quotes = new List<Quote>();
        foreach (var q in data.Quotes)
        {
            var speaker = people[q.SpeakerId];
            var quote = new Quote(article, q.Id, speaker, q.Kind, new TextSpan(article, q.Start, q.End), q.Cue, q.Note);
            if (q.TurnId is not null && turnsById.TryGetValue(q.TurnId, out var turn))
            {
                quote.Turn = turn;
                if (turn.LocalId == q.Id) turn.Quote = quote;
            }
            speaker.Add(quote);
            quotes.Add(quote);
        }

        article.Turns = turns;
        article.Quotes = quotes;
        article.Figures = data.Figures.Select(f => new Figure(article, f,
            f.StatedBy is null ? null : people[f.StatedBy], new TextSpan(article, f.Start, f.End))).ToArray();
        var mentioned = data.Mentions.Select(id => people[id]).ToArray();
        foreach (var person in mentioned) person.Add(article);
        article.People = mentioned;
        return article;
    }
}
