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
/// It is read lazily: the compiled manifest and the registries on first use of any member, an
/// article's record on first use of the article (enough for its outlet, date, format and counts),
/// its text and sidecar on first use of them, and the corpus-wide lists and back-links (a person's
/// quotes) only when asked for. Every member is safe to call from any thread. A damaged or
/// mismatched article is an <see cref="System.IO.InvalidDataException"/> naming it, from whatever
/// member reads it (a corpus-wide list rethrows the first such article's).
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

    /// <summary>
    /// Every article, ordered by id. Counting it reads nothing; an element is read (its record only)
    /// when it is reached, so filtering by outlet, date or format reads no text or sidecar.
    /// </summary>
    public IReadOnlyList<Article> Articles => Loaded.Articles;

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

    /// <summary>Whether the article at this position of <see cref="Articles"/> has been read, its record or its text and sidecar (for tests).</summary>
    internal (bool Record, bool Content) ReadState(int index) => Loaded.ReadState(index);

    /// <summary>The articles that name or quote a person (reads every article's record once).</summary>
    internal IReadOnlyList<Article> ArticlesOf(Person person) => Loaded.Mentions.ArticlesOf(person);

    /// <summary>How much has been read so far (for tests of what a query reads).</summary>
    internal LoadCounters Counters { get; } = new();

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
        private readonly Lazy<Mentions> _mentions;

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
                _articles[i] = new Lazy<Article>(() => ArticleLoader.Load(entry, _manifest, _resources, lists, corpus.Counters), LazyThreadSafetyMode.ExecutionAndPublication);
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
            Articles = new ArticleList(this);
            _everything = new Lazy<Everything>(() => new Everything(this), LazyThreadSafetyMode.ExecutionAndPublication);
            _mentions = new Lazy<Mentions>(() => new Mentions(this), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public IReadOnlyList<Article> Articles { get; }

        public Dictionary<string, int> ArticleIndex { get; }

        public IReadOnlyList<string> ArticleIds { get; }

        public RegistryLists Registry { get; }

        public IReadOnlyList<Person> People { get; }

        public IReadOnlyList<Expert> Experts { get; }

        public Dictionary<string, Person> PeopleById { get; }

        public Dictionary<string, Person> PeopleByName { get; }

        public Everything Everything => _everything.Value;

        public Mentions Mentions => _mentions.Value;

        public int Count => _articles.Length;

        public Article ArticleAt(int index) => _articles[index].Value;

        public (bool Record, bool Content) ReadState(int index)
            => _articles[index].IsValueCreated ? (true, _articles[index].Value.ContentRead) : (false, false);

        /// <summary>
        /// Every article, each read with <paramref name="read"/> (in parallel for a large corpus: articles
        /// are independent until linked). A damaged article throws its own exception, the first in id
        /// order when several are, never an <see cref="AggregateException"/>.
        /// </summary>
        public T[] ReadAll<T>(Func<Article, T> read)
        {
            var results = new T[Count];
            // For a few articles, starting the worker threads costs more than it saves.
            if (results.Length < 64)
            {
                for (var i = 0; i < results.Length; i++) results[i] = read(ArticleAt(i));
                return results;
            }
            var failures = new Exception?[results.Length];
            System.Threading.Tasks.Parallel.For(0, results.Length, i =>
            {
                try
                {
                    results[i] = read(ArticleAt(i));
                }
                catch (Exception ex)
                {
                    failures[i] = ex;
                }
            });
            if (Array.Find(failures, f => f is not null) is { } first) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            return results;
        }
    }

    /// <summary><see cref="Articles"/>: its count from the manifest, each article read when reached.</summary>
    private sealed class ArticleList(Contents contents) : IReadOnlyList<Article>
    {
        public int Count => contents.Count;

        public Article this[int index] => (uint)index < (uint)contents.Count ? contents.ArticleAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        // How many articles a pass reads ahead, in parallel, once it reads contents.
        private const int ReadAheadWindow = 256;

        // Going through the list reads each record when it is reached. Once the caller reads the text
        // or sidecar of an article it reached (its quotes, figures, text), the next articles' contents
        // are read in parallel, a window ahead, as the corpus-wide lists read theirs; a pass that looks
        // only at records (a filter by outlet or date) reads nothing more than before.
        public IEnumerator<Article> GetEnumerator()
        {
            var readAhead = 0;
            for (var i = 0; i < contents.Count; i++)
            {
                if (i > 0 && i + ReadAheadWindow / 2 >= readAhead && readAhead < contents.Count && contents.ArticleAt(i - 1).ContentRead)
                {
                    var from = Math.Max(i, readAhead);
                    readAhead = Math.Min(contents.Count, from + ReadAheadWindow);
                    ReadAhead(from, readAhead);
                }
                yield return contents.ArticleAt(i);
            }
        }

        private void ReadAhead(int from, int to) => System.Threading.Tasks.Task.Run(() => System.Threading.Tasks.Parallel.For(from, to, j =>
        {
            try
            {
                _ = contents.ArticleAt(j).Content;
            }
            catch (Exception)
            {
                // A damaged article: its reader keeps the exception and gives it to the caller on reaching it.
            }
        }));

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The articles that name or quote each person: from the records alone, built once, when first asked for.</summary>
    private sealed class Mentions
    {
        private readonly Dictionary<Person, List<Article>> _articlesByPerson = new();

        public Mentions(Contents contents)
        {
            foreach (var article in contents.ReadAll(a => a))
            {
                foreach (var person in article.People) Everything.Add(_articlesByPerson, person, article);
            }
        }

        public IReadOnlyList<Article> ArticlesOf(Person person) => _articlesByPerson.TryGetValue(person, out var list) ? list : Array.Empty<Article>();
    }

    /// <summary>The corpus-wide lists of items and a person's quotes: every article's text and sidecar read, built once, when first asked for.</summary>
    private sealed class Everything
    {
        private readonly Dictionary<Person, List<Quote>> _quotesByPerson = new();

        public Everything(Contents contents)
        {
            var articles = contents.ReadAll(a =>
            {
                _ = a.Content;
                return a;
            });
            Quotes = articles.SelectMany(a => a.Quotes).ToArray();
            Figures = articles.SelectMany(a => a.Figures).ToArray();
            Corrections = articles.SelectMany(a => a.Corrections).ToArray();
            foreach (var quote in Quotes) Add(_quotesByPerson, quote.Speaker, quote);
        }

        public IReadOnlyList<Quote> Quotes { get; }

        public IReadOnlyList<Figure> Figures { get; }

        public IReadOnlyList<Correction> Corrections { get; }

        public IReadOnlyList<Quote> QuotesOf(Person person) => _quotesByPerson.TryGetValue(person, out var list) ? list : Array.Empty<Quote>();

        public static void Add<T>(Dictionary<Person, List<T>> map, Person person, T item)
        {
            if (!map.TryGetValue(person, out var list)) map[person] = list = new List<T>();
            list.Add(item);
        }
    }
}
