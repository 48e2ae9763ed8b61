using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace KzDataset;

/// <summary>
/// One corpus: its articles, people, quotes, figures and registries. A project built with the
/// KzDataset.Generator package has one, as <c>KzCorpus.Instance</c> in its namespace, with typed
/// catalogs around it (<c>Articles</c>, <c>Quotes</c>, <c>People</c>…).
/// It is read lazily: the compiled manifest and the registries on first use of any member, each
/// article on first use of it (its record, text and sidecar), and the corpus-wide lists and
/// back-links (a person's quotes) only when asked for. Every member is safe to call from any thread.
/// </summary>
public sealed class Corpus
{
    private readonly Lazy<Contents> _contents;

    private Corpus(Func<CorpusManifest> manifest, Func<int, ISeedStore> store)
        => _contents = new Lazy<Contents>(() => new Contents(this, manifest(), store), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The corpus compiled into <paramref name="assembly"/>: called by generated code.</summary>
    /// <param name="assembly">The assembly whose embedded resources hold the seed files.</param>
    /// <param name="header">The corpus header (KzDataset.Format.CorpusHeader) as base64 UTF-8: format, generator, buckets, registry order.</param>
    /// <param name="buckets">The compiled manifest and article records.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Corpus FromAssembly(Assembly assembly, ReadOnlySpan<byte> header, BucketSource buckets)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(buckets);
        // Copied, not read: a newer format is an error on first use, not in the generated type's initializer.
        var headerBase64 = header.ToArray();
        // Two resources per article: the index pays off only for large corpora.
        return new Corpus(() => CorpusManifest.FromBase64(headerBase64, buckets), articles => new ResourceIndex(assembly, expected: 2 * articles));
    }

    /// <summary>What code generated before the corpus header calls: such a corpus is an error on first use, naming the fix.</summary>
    /// <param name="assembly">The assembly whose embedded resources hold the seed files.</param>
    /// <param name="buckets">The compiled manifest and article records.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Corpus FromAssembly(Assembly assembly, BucketSource buckets)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(buckets);
        return new Corpus(() => throw new System.IO.InvalidDataException(
            $"This corpus was built by an earlier KzDataset.Generator, whose data has no format header; {CorpusManifest.Reader} reads formats 1 to {KzDataset.Format.CorpusHeader.CurrentFormatVersion}; rebuild it with the KzDataset.Generator of the same version as the runtime."),
            _ => throw new InvalidOperationException("unreachable"));
    }

    /// <summary>A corpus read from files: the header and records the generator's checks computed, and the seed files themselves.</summary>
    internal static Corpus FromData(byte[] header, byte[][] buckets, ISeedStore store)
        => new(() => CorpusManifest.FromData(header, buckets), _ => store);

    /// <summary>Every article, ordered by id; reads the articles not read yet.</summary>
    public IReadOnlyList<Article> Articles => Loaded.Everything.Articles;

    /// <summary>Every person of the registry, ordered by id.</summary>
    public IReadOnlyList<Person> People => Loaded.People;

    /// <summary>The people whose kind is expert, ordered by id.</summary>
    public IReadOnlyList<Expert> Experts => Loaded.Experts;

    /// <summary>All quotes, by article id then text order.</summary>
    public IReadOnlyList<Quote> Quotes => Loaded.Everything.Quotes;

    /// <summary>All figures, by article id then text order.</summary>
    public IReadOnlyList<Figure> Figures => Loaded.Everything.Figures;

    /// <summary>All corrections, by article id then text order.</summary>
    public IReadOnlyList<Correction> Corrections => Loaded.Everything.Corrections;

    /// <summary>Every outlet of the registry, ordered by id.</summary>
    public IReadOnlyList<OutletInfo> Outlets => Loaded.Registry.Outlets;

    /// <summary>Every measure of the registry, ordered by id.</summary>
    public IReadOnlyList<MeasureInfo> Measures => Loaded.Registry.Measures;

    /// <summary>Every unit of the registry, ordered by id.</summary>
    public IReadOnlyList<UnitInfo> Units => Loaded.Registry.Units;

    /// <summary>The ids of the articles, ordered by id, without reading any article.</summary>
    public IReadOnlyList<string> ArticleIds => Loaded.ArticleIds;

    private Contents Loaded => _contents.Value;

    /// <summary>The article with this id (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">There is no such article.</exception>
    public Article Article(string id)
        => FindArticle(id) ?? throw new KeyNotFoundException($"The corpus has no article '{id}'.");

    /// <summary>The person with this id (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">There is no such person.</exception>
    public Person Person(string id)
        => FindPersonById(id) ?? throw new KeyNotFoundException($"The corpus has no person '{id}'.");

    /// <summary>The outlet with this id (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">There is no such outlet.</exception>
    public OutletInfo Outlet(string id) => Find(Outlets, id, o => o.Id, "outlet");

    /// <summary>The measure with this id (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">There is no such measure.</exception>
    public MeasureInfo Measure(string id) => Find(Measures, id, m => m.Id, "measure");

    /// <summary>The unit with this id (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">There is no such unit.</exception>
    public UnitInfo Unit(string id) => Find(Units, id, u => u.Id, "unit");

    /// <summary>The article with this id (ordinal), or null.</summary>
    public Article? FindArticle(string id)
    {
        var loaded = Loaded;
        return loaded.ArticleIndex.TryGetValue(id, out var index) ? loaded.ArticleAt(index) : null;
    }

    /// <summary>The quote with this corpus-wide id (<c>article-id/local-id</c>), or null.</summary>
    public Quote? FindQuote(string id) => FindItem(id, a => a.Quotes, q => q.LocalId);

    /// <summary>The figure with this corpus-wide id (<c>article-id/local-id</c>), or null.</summary>
    public Figure? FindFigure(string id) => FindItem(id, a => a.Figures, f => f.LocalId);

    /// <summary>The person with this id (ordinal), or null.</summary>
    public Person? FindPersonById(string id) => Loaded.PeopleById.GetValueOrDefault(id);

    /// <summary>
    /// The person with this id, name or alias, ignoring case, diacritics and typographic
    /// variants ("Tokaïev", "tokaiev" and "Tokayev" find the same person), or null.
    /// </summary>
    public Person? FindPerson(string nameOrAlias) => Loaded.PeopleByName.GetValueOrDefault(KzDataset.Format.NameKey.Of(nameOrAlias));

    /// <summary>Quotes whose text contains <paramref name="text"/>, ignoring case, diacritics and typographic variants.</summary>
    public IReadOnlyList<Quote> SearchQuotes(string text)
    {
        var needle = KzDataset.Format.NameKey.Of(text);
        return Quotes.Where(q => KzDataset.Format.NameKey.Of(q.Text).Contains(needle, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Every figure of one measure, across articles, so disagreements between sources show side by side.</summary>
    public IReadOnlyList<Figure> FiguresOf(MeasureInfo measure) => Figures.Where(f => f.Measure == measure).ToArray();

    /// <summary>The quotes of a person across the corpus, in corpus order (reads every article once).</summary>
    internal IReadOnlyList<Quote> QuotesOf(Person person) => Loaded.Everything.QuotesOf(person);

    /// <summary>The articles that name or quote a person (reads every article once).</summary>
    internal IReadOnlyList<Article> ArticlesOf(Person person) => Loaded.Everything.ArticlesOf(person);

    private static T Find<T>(IReadOnlyList<T> list, string id, Func<T, string> idOf, string what)
        => list.FirstOrDefault(e => idOf(e) == id) ?? throw new KeyNotFoundException($"The corpus has no {what} '{id}'.");

    private T? FindItem<T>(string id, Func<Article, IReadOnlyList<T>> items, Func<T, string> localId)
        where T : class
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || FindArticle(id.Substring(0, slash)) is not { } article) return null;
        var local = id.Substring(slash + 1);
        return items(article).FirstOrDefault(i => localId(i) == local);
    }

    /// <summary>What is read on first use: the manifest, the registries, and one lazy article each.</summary>
    private sealed class Contents
    {
        private readonly CorpusManifest _manifest;
        private readonly SeedResources _resources;
        private readonly Lazy<Article>[] _articles;
        private readonly Lazy<Everything> _everything;

        public Contents(Corpus corpus, CorpusManifest manifest, Func<int, ISeedStore> store)
        {
            _manifest = manifest;
            var entries = manifest.Entries;
            _resources = new SeedResources(store(entries.Count));
            ArticleIndex = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++) ArticleIndex[entries[i].Id] = i;
            ArticleIds = entries.Select(e => e.Id).ToArray();
            var registry = KzDataset.Registry.Load(_resources, manifest.Header.Registry);
            var people = registry.People.Select(p => p.String("kind") == "expert" ? new Expert(p, corpus) : new Person(p, corpus)).ToArray();
            Registry = new RegistryLists(
                people,
                registry.Outlets.Select(o => new OutletInfo(o.Id, o.String("name") ?? o.Id, o.String("country"), o.String("language"), o.String("note"))).ToArray(),
                registry.Measures.Select(m => new MeasureInfo(m.Id, m.String("name") ?? m.Id, m.String("description"))).ToArray(),
                registry.Units.Select(u => new UnitInfo(u.Id, u.String("name") ?? u.Id, u.String("symbol"))).ToArray());
            var lists = Registry;
            _articles = new Lazy<Article>[entries.Count];
            for (var i = 0; i < _articles.Length; i++)
            {
                var entry = entries[i];
                _articles[i] = new Lazy<Article>(() => ArticleLoader.Load(entry, _manifest, _resources, lists), LazyThreadSafetyMode.ExecutionAndPublication);
            }
            People = people;
            Experts = people.OfType<Expert>().ToArray();
            PeopleById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
            PeopleByName = new Dictionary<string, Person>(StringComparer.Ordinal);
            foreach (var person in people)
            {
                foreach (var name in new[] { person.Id, person.Name }.Concat(person.Aliases))
                {
                    PeopleByName.TryAdd(KzDataset.Format.NameKey.Of(name), person);
                }
            }
            _everything = new Lazy<Everything>(() => new Everything(this), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Dictionary<string, int> ArticleIndex { get; }

        public IReadOnlyList<string> ArticleIds { get; }

        public RegistryLists Registry { get; }

        public IReadOnlyList<Person> People { get; }

        public IReadOnlyList<Expert> Experts { get; }

        public Dictionary<string, Person> PeopleById { get; }

        public Dictionary<string, Person> PeopleByName { get; }

        public Everything Everything => _everything.Value;

        public int Count => _articles.Length;

        public Article ArticleAt(int index) => _articles[index].Value;
    }

    /// <summary>The corpus-wide lists and back-links: built once, when first asked for.</summary>
    private sealed class Everything
    {
        private readonly Dictionary<Person, List<Quote>> _quotesByPerson = new();
        private readonly Dictionary<Person, List<Article>> _articlesByPerson = new();

        public Everything(Contents contents)
        {
            // Articles are independent until linked here, so a large corpus is read on every core
            // (for a few articles, starting the worker threads costs more than it saves).
            var articles = new Article[contents.Count];
            if (articles.Length >= 64) System.Threading.Tasks.Parallel.For(0, articles.Length, i => articles[i] = contents.ArticleAt(i));
            else for (var i = 0; i < articles.Length; i++) articles[i] = contents.ArticleAt(i);
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
