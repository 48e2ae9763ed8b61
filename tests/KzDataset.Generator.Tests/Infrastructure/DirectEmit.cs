using System.Collections.Generic;
using KzDataset.Generator.Emit;
using KzDataset.Core.Validation;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// The generated sources (hint name → text) made by calling the emitters on the seed checks' corpus
/// model, as the generator's output step does, without Roslyn: tests of the emitters take
/// milliseconds. <c>EmitterOutputTests.The_generator_emits_what_the_emitters_emit</c> ties this to
/// the real generator.
/// </summary>
internal static class DirectEmit
{
    public static SortedDictionary<string, string> Sources(SeedSet seeds, bool itemMembers = true, string ns = "KzDataset")
    {
        var corpus = SeedChecks.Run(seeds).Corpus;
        var options = new EmitOptions(ns, itemMembers);
        var sources = new SortedDictionary<string, string>(System.StringComparer.Ordinal)
        {
            [CorpusEmitter.HintName] = CorpusEmitter.Emit(options),
            [RegistryEmitter.HintName] = RegistryEmitter.Emit(corpus.Registry, options),
        };
        foreach (var bucket in BucketLayout.Buckets(corpus, itemMembers)) sources[ArticleEmitter.HintName(bucket.Index)] = ArticleEmitter.Emit(bucket, options);
        return sources;
    }
}
