using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace KzDataset;

/// <summary>
/// The corpus, read lazily: the manifest (compiled in) and the registries on first use of any
/// catalog, each article on first use of it (its record, text and sidecar), and the corpus-wide
/// lists and back-links (a person's quotes) only when asked for.
/// </summary>
internal sealed class Corpus
{
    private static readonly Lazy<Corpus> Current = new(() => new Corpus(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyList<ManifestEntry> _manifest;
    private readonly Dictionary<string, int> _articleIndex;
    private readonly Lazy<Article>[] _articles;
    private readonly Dictionary<string, Person> _peopleById;
    private readonly Dictionary<string, Person> _peopleByName;
    private readonly Lazy<Everything> _everything;

    private Corpus()
    {
        _manifest = CorpusManifest.Load();
        SeedResources.Expect(_manifest.Count);
        _articleIndex = new Dictionary<string, int>(_manifest.Count, StringComparer.Ordinal);
        for (var i = 0; i < _manifest.Count; i++) _articleIndex[_manifest[i].Id] = i;
        _articles = new Lazy<Article>[_manifest.Count];
        for (var i = 0; i < _articles.Length; i++)
        {
            var entry = _manifest[i];
            _articles[i] = new Lazy<Article>(() => LoadArticle(entry), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        var registry = Registry.Load();
        // Enum values are positions in the id-sorted registry, as the generator numbers them.
        Outlets = registry.Outlets.Select((o, i) => new OutletInfo((Outlet)i, o.Id, o.String("name") ?? o.Id, o.String("country"), o.String("language"), o.String("note"))).ToArray();
        Measures = registry.Measures.Select((m, i) => new MeasureInfo((Measure)i, m.Id, m.String("name") ?? m.Id, m.String("description"))).ToArray();
        Units = registry.Units.Select((u, i) => new UnitInfo((Unit)i, u.Id, u.String("name") ?? u.Id, u.String("symbol"))).ToArray();
        People = registry.People.Select(p => p.String("kind") == "expert" ? new Expert(p, this) : new Person(p, this)).ToArray();
        Experts = People.OfType<Expert>().ToArray();
        _peopleById = People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _peopleByName = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in People)
        {
            foreach (var name in new[] { person.Id, person.Name }.Concat(person.Aliases))
            {
                _peopleByName.TryAdd(Shared.NameKey.Of(name), person);
            }
        }
        _everything = new Lazy<Everything>(() => new Everything(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static Corpus Instance => Current.Value;

    /// <summary>Every article, ordered by id; reads the articles not read yet.</summary>
    public IReadOnlyList<Article> Articles => _everything.Value.Articles;

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Expert> Experts { get; }

    public IReadOnlyList<Quote> Quotes => _everything.Value.Quotes;

    public IReadOnlyList<Figure> Figures => _everything.Value.Figures;

    public IReadOnlyList<Correction> Corrections => _everything.Value.Corrections;

    public IReadOnlyList<OutletInfo> Outlets { get; }

    public IReadOnlyList<MeasureInfo> Measures { get; }

    public IReadOnlyList<UnitInfo> Units { get; }

    /// <summary>An article by id; the generated typed members only ask for ids that exist.</summary>
    public Article Article(string id) => _articles[_articleIndex[id]].Value;

    public Person Person(string id) => _peopleById[id];

    public Article? FindArticle(string id) => _articleIndex.TryGetValue(id, out var index) ? _articles[index].Value : null;

    public Quote? FindQuote(string id) => FindItem(id, a => a.Quotes, q => q.LocalId);

    public Figure? FindFigure(string id) => FindItem(id, a => a.Figures, f => f.LocalId);

    public Person? FindPersonById(string id) => _peopleById.GetValueOrDefault(id);

    /// <summary>By id, name or any alias, ignoring case, diacritics and typography.</summary>
    public Person? FindPerson(string nameOrAlias) => _peopleByName.GetValueOrDefault(Shared.NameKey.Of(nameOrAlias));

    /// <summary>The quotes of a person across the corpus, in corpus order (reads every article once).</summary>
    internal IReadOnlyList<Quote> QuotesOf(Person person) => _everything.Value.QuotesOf(person);

    /// <summary>The articles that name or quote a person (reads every article once).</summary>
    internal IReadOnlyList<Article> ArticlesOf(Person person) => _everything.Value.ArticlesOf(person);

    private T? FindItem<T>(string id, Func<Article, IReadOnlyList<T>> items, Func<T, string> localId)
        where T : class
    {
        var slash = id.IndexOf('/');
        if (slash < 0 || FindArticle(id.Substring(0, slash)) is not { } article) return null;
        var local = id.Substring(slash + 1);
        return items(article).FirstOrDefault(i => localId(i) == local);
    }

    private Article LoadArticle(ManifestEntry entry) => ArticleLoader.Load(entry, People, Outlets);

    /// <summary>The corpus-wide lists and back-links: built once, when first asked for.</summary>
    private sealed class Everything
    {
        private readonly Dictionary<Person, List<Quote>> _quotesByPerson = new();
        private readonly Dictionary<Person, List<Article>> _articlesByPerson = new();

        public Everything(Corpus corpus)
        {
            // Articles are independent until linked here, so a large corpus is read on every core
            // (for a few articles, starting the worker threads costs more than it saves).
            var articles = new Article[corpus._articles.Length];
            if (articles.Length >= 64) System.Threading.Tasks.Parallel.For(0, articles.Length, i => articles[i] = corpus._articles[i].Value);
            else for (var i = 0; i < articles.Length; i++) articles[i] = corpus._articles[i].Value;
            Articles = articles;
            Quotes = Articles.SelectMany(a => a.Quotes).ToArray();
            Figures = Articles.SelectMany(a => a.Figures).ToArray();
            Corrections = Articles.SelectMany(a => a.Corrections).ToArray();
            foreach (var quote in Quotes) Add(_quotesByPerson, quote.Speaker, quote);
            foreach (var article in Articles)
            {
                foreach (var person in article.People) Add(_articlesByPerson, person, article);
            }
        }

        public IReadOnlyList<Article> Articles { get; }

        public IReadOnlyList<Quote> Quotes { get; }

        public IReadOnlyList<Figure> Figures { get; }

        public IReadOnlyList<Correction> Corrections { get; }

        public IReadOnlyList<Quote> QuotesOf(Person person) => _quotesByPerson.TryGetValue(person, out var list) ? list : Array.Empty<Quote>();

        public IReadOnlyList<Article> ArticlesOf(Person person) => _articlesByPerson.TryGetValue(person, out var list) ? list : Array.Empty<Article>();

        private static void Add<T>(Dictionary<Person, List<T>> map, Person person, T item)
        {
            if (!map.TryGetValue(person, out var list)) map[person] = list = new List<T>();
            list.Add(item);
        }
    }
}
