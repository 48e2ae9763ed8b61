using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// Many threads touching different catalogs at once on a cold start all see one consistent corpus.
/// Each round loads the library afresh into its own load context, so its statics (the lazily read
/// corpus) start cold, and releases eight threads at once on different entry points.
/// </summary>
public sealed class ColdStartConcurrencyTests
{
    private const int Rounds = 20;
    private const int Threads = 8;

    [Fact]
    public void Concurrent_first_use_sees_one_corpus()
    {
        var path = typeof(KzCorpus).Assembly.Location;
        for (var round = 0; round < Rounds; round++)
        {
            var context = new AssemblyLoadContext("cold-" + round, isCollectible: true);
            try
            {
                var assembly = context.LoadFromAssemblyPath(path);
                var seen = new List<object>[Threads];
                var failures = new List<Exception>();
                using var start = new Barrier(Threads);
                var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    try
                    {
                        start.SignalAndWait();
                        seen[t] = Touch(assembly, t);
                    }
                    catch (Exception ex)
                    {
                        lock (failures) failures.Add(ex);
                    }
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());

                Assert.Empty(failures);
                // Every thread ends with the same article objects, in the same order.
                for (var t = 1; t < Threads; t++)
                {
                    Assert.Equal(seen[0].Count, seen[t].Count);
                    Assert.True(seen[0].Zip(seen[t]).All(p => ReferenceEquals(p.First, p.Second)), $"round {round}: thread {t} saw other article objects");
                }
                Assert.Equal(Articles.All.Count, seen[0].Count);
            }
            finally
            {
                context.Unload();
            }
        }
    }

    // Each thread starts somewhere else (a typed article, all quotes, a person's quotes, a lookup
    // by name, all figures…), then reads every article.
    private static List<object> Touch(Assembly kz, int thread)
    {
        object? Static(string type, string member) => kz.GetType("KzDataset." + type, throwOnError: true)!.GetProperty(member)!.GetValue(null);
        switch (thread % 6)
        {
            case 0: Static("Articles", "NytTokayevEmbracesRussia"); break;
            case 1: Assert.Equal(Quotes.All.Count, ((ICollection)Static("Quotes", "All")!).Count); break;
            case 2: ((IEnumerable)Static("Experts", "EricaMarat")!.GetType().GetProperty("Quotes")!.GetValue(Static("Experts", "EricaMarat"))!).Cast<object>().ToList(); break;
            case 3: kz.GetType("KzDataset.People", throwOnError: true)!.GetMethod("Find")!.Invoke(null, new object[] { "Tokaïev" }); break;
            case 4: Assert.Equal(Figures.All.Count, ((ICollection)Static("Figures", "All")!).Count); break;
            default: Static("Quotes", "All"); break;
        }
        return ((IEnumerable)Static("Articles", "All")!).Cast<object>().ToList();
    }
}
