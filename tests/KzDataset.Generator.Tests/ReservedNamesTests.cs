using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Generator.Emit;
using KzDataset.Core.Model;
using KzDataset.Core.Records;
using KzDataset.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The names ids must not take are the names the emitters write: emitting a corpus whose ids are
/// all known, every other name declared in a catalog class, as a type, or public in the corpus class
/// is reserved, and every reserved name is one the emitters write or one inherited from object.
/// </summary>
public sealed class ReservedNamesTests
{
    private static readonly string[] Ids = { "sample-article", "sample-quote", "sample-figure", "sample-entry" };

    private static readonly RegistrySpec Registry = new(Entries(), Entries(), Entries(), Entries());

    private static EquatableArray<RegistryEntry> Entries() => new[] { new RegistryEntry("sample-entry", "doc", PersonKind.Expert) }.ToEquatableArray();

    private static readonly ArticleEntry Article = new("sample-article", "a", EquatableArray<byte>.Empty, null, "o",
        new DateModel(2022, 1, 5, DatePrecision.Day, false, null, EquatableArray<TextRange>.Empty),
        new[] { new CatalogItem("sample-quote", "s") }.ToEquatableArray(), new[] { new CatalogItem("sample-figure", "s") }.ToEquatableArray());

    // Every name the emitters declare that is not made from an id.
    private static HashSet<string> EmittedNames()
    {
        var options = new EmitOptions("Sample", ItemMembers: true);
        var sources = new[]
        {
            CorpusEmitter.Emit(options),
            RegistryEmitter.Emit(Registry, options),
            ArticleEmitter.Emit(new BucketModel(BucketLayout.BucketOf(Article.Id), new[] { Article }.ToEquatableArray()), options),
        };
        var fromIds = Ids.Select(Identifiers.ToPascalCase).ToHashSet();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var root = CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
            foreach (var type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                names.Add(type.Identifier.Text);
                var isCorpusClass = type.Identifier.Text == CatalogNames.CorpusClass;
                foreach (var member in type.Members)
                {
                    // The corpus class's private plumbing (Bucket, BucketData00…) shares no scope with ids.
                    if (isCorpusClass && !member.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword))) continue;
                    var name = member switch
                    {
                        PropertyDeclarationSyntax p => p.Identifier.Text,
                        MethodDeclarationSyntax m => m.Identifier.Text,
                        _ => null,
                    };
                    if (name is not null) names.Add(name);
                }
            }
        }
        names.ExceptWith(fromIds);
        return names;
    }

    [Fact]
    public void Every_name_the_emitters_write_is_reserved()
    {
        var names = EmittedNames();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(RegistryBuilder.IsReserved(name), $"the emitters write '{name}', which an id could still take"));
    }

    [Fact]
    public void Every_reserved_name_is_written_by_an_emitter_or_inherited()
    {
        var names = EmittedNames();

        Assert.Equal(names.OrderBy(n => n, System.StringComparer.Ordinal), CatalogNames.Declared.OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" },
            CatalogNames.Inherited.OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
