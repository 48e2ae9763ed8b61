using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Steps;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Validation;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The registry step on its own: registry files parsed and merged, with every diagnostic (in the
/// order the step reports them, before the corpus step sorts them) and the merged model.
/// </summary>
public sealed class RegistryBuilderTests
{
    private static ParsedRegistryFile File(string relativePath, string content)
        => SeedSteps.ParseRegistry(SeedSet.PathOf(relativePath), content);

    private static RegistryModel Build(params ParsedRegistryFile[] files) => RegistryBuilder.Build(files.ToImmutableArray());

    private static string[] Lines(RegistryModel registry) => SeedChecks.Lines(registry.Diagnostics);

    [Theory]
    [InlineData("All")]
    [InlineData("ById")]
    [InlineData("Find")]
    [InlineData("Search")]
    [InlineData("ByMeasure")]
    [InlineData("Equals")]
    [InlineData("GetHashCode")]
    [InlineData("ToString")]
    [InlineData("GetType")]
    [InlineData("ReferenceEquals")]
    [InlineData("MemberwiseClone")]
    [InlineData("Finalize")]
    [InlineData("Articles")]
    [InlineData("Quotes")]
    [InlineData("Figures")]
    [InlineData("People")]
    [InlineData("Experts")]
    [InlineData("Corrections")]
    [InlineData("Outlets")]
    [InlineData("Measures")]
    [InlineData("Units")]
    [InlineData("Article")]
    [InlineData("KzCorpus")]
    [InlineData("Instance")]
    public void Every_catalog_member_and_catalog_type_is_reserved(string identifier)
        => Assert.True(RegistryBuilder.IsReserved(identifier));

    [Theory]
    [InlineData("all")]
    [InlineData("ALL")]
    [InlineData("Alls")]
    [InlineData("")]
    [InlineData("Person")]
    [InlineData("Quote")]
    [InlineData("Expert")]
    [InlineData("FindAllBy")]
    // Names no emitter writes, so an id may take them (Outlet, Measure, Unit are methods of the runtime corpus, not generated members).
    [InlineData("FindAll")]
    [InlineData("Get")]
    [InlineData("FindBySlug")]
    [InlineData("Outlet")]
    [InlineData("Measure")]
    [InlineData("Unit")]
    [InlineData("EricaMarat")]
    public void Other_identifiers_are_not_reserved(string identifier)
        => Assert.False(RegistryBuilder.IsReserved(identifier));

    [Theory]
    [InlineData("all", "All")]
    [InlineData("by-id", "ById")]
    [InlineData("find", "Find")]
    [InlineData("search", "Search")]
    [InlineData("by-measure", "ByMeasure")]
    [InlineData("equals", "Equals")]
    [InlineData("get-hash-code", "GetHashCode")]
    [InlineData("to-string", "ToString")]
    [InlineData("get-type", "GetType")]
    [InlineData("reference-equals", "ReferenceEquals")]
    [InlineData("memberwise-clone", "MemberwiseClone")]
    [InlineData("finalize", "Finalize")]
    [InlineData("articles", "Articles")]
    [InlineData("quotes", "Quotes")]
    [InlineData("figures", "Figures")]
    [InlineData("people", "People")]
    [InlineData("experts", "Experts")]
    [InlineData("corrections", "Corrections")]
    [InlineData("outlets", "Outlets")]
    [InlineData("measures", "Measures")]
    [InlineData("units", "Units")]
    [InlineData("article", "Article")]
    [InlineData("kz-corpus", "KzCorpus")]
    [InlineData("instance", "Instance")]
    public void An_id_that_becomes_a_reserved_name_is_rejected_where_it_is_defined(string id, string identifier)
    {
        var registry = Build(File("registry/units.json", $$"""
            { "units": [
              { "id": "metre", "name": "metres" },
              { "id": "{{id}}", "name": "things" }
            ] }
            """));

        Assert.Equal(new[]
        {
            $"KZ0022 registry/units.json(3,11): The unit id '{id}' becomes the C# identifier '{identifier}', a name the generated catalogs already use; rename it",
        }, Lines(registry));
        Assert.Equal(new[] { new UnitModel("metre", "metres", null) }, registry.Units);
    }

    [Fact]
    public void Duplicate_ids_of_each_registry_are_reported_at_the_second_with_the_line_of_the_first()
    {
        // Files given out of order: the diagnostics follow the registries (people, outlets, measures, units).
        var registry = Build(
            File("registry/units.json", """
                { "units": [
                  { "id": "unit-b", "name": "Unit B" },
                  { "id": "unit-a", "name": "Unit A" },

                  { "id": "unit-b", "name": "Unit B again" }
                ] }
                """),
            File("registry/measures.json", """
                { "measures": [
                  { "id": "measure-b", "name": "Measure B" },
                  { "id": "measure-b", "name": "Measure B again" },
                  { "id": "measure-a", "name": "Measure A" }
                ] }
                """),
            File("registry/people.json", """
                { "people": [
                  { "id": "zed-b", "name": "Zed B", "kind": "expert" },
                  { "id": "amy-a", "name": "Amy A", "kind": "official" },
                  { "id": "zed-b", "name": "Zed Again", "kind": "leader" }
                ] }
                """),
            File("registry/outlets.json", """
                {
                  "outlets": [
                    { "id": "news-b", "name": "News B" },
                    { "id": "news-a", "name": "News A" },
                      { "id": "news-b", "name": "News B again" }
                  ]
                }
                """));

        Assert.Equal(new[]
        {
            "KZ0021 registry/people.json(4,11): Duplicate person id 'zed-b': it is also used at people.json line 2",
            "KZ0021 registry/outlets.json(5,15): Duplicate outlet id 'news-b': it is also used at outlets.json line 3",
            "KZ0021 registry/measures.json(3,11): Duplicate measure id 'measure-b': it is also used at measures.json line 2",
            "KZ0021 registry/units.json(5,11): Duplicate unit id 'unit-b': it is also used at units.json line 2",
        }, Lines(registry));

        // The first entry of an id is kept; each registry is sorted by id.
        Assert.Equal(new[] { ("amy-a", "Amy A", PersonKind.Official), ("zed-b", "Zed B", PersonKind.Expert) }, registry.People.Select(p => (p.Id, p.Name, p.Kind)));
        Assert.Equal(new[] { ("news-a", "News A"), ("news-b", "News B") }, registry.Outlets.Select(o => (o.Id, o.Name)));
        Assert.Equal(new[] { ("measure-a", "Measure A"), ("measure-b", "Measure B") }, registry.Measures.Select(m => (m.Id, m.Name)));
        Assert.Equal(new[] { ("unit-a", "Unit A"), ("unit-b", "Unit B") }, registry.Units.Select(u => (u.Id, u.Name)));
    }

    [Fact]
    public void A_registry_file_given_twice_is_reported_at_each_later_copy_and_the_files_merge_in_path_order()
    {
        // Given out of path order; "a/registry/people.json" sorts first, so it is the one the others duplicate.
        var registry = Build(
            File("registry/people.json", """
                { "people": [
                  { "id": "ann", "name": "Ann Root", "kind": "expert" }
                ] }
                """),
            File("zz/registry/people.json", """
                { "people": [
                  { "id": "cat", "name": "Cat", "kind": "expert" }
                ] }
                """),
            File("a/registry/people.json", """
                { "people": [
                  { "id": "ann", "name": "Ann From A", "kind": "expert" },
                  { "id": "bob", "name": "Bob", "kind": "expert" }
                ] }
                """),
            File("registry/outlets.json", """{ "outlets": [ { "id": "news", "name": "News" } ] }"""),
            File("registry/things.json", "{}"));

        Assert.Equal(new[]
        {
            // The files' own diagnostics first, in path order.
            "KZ0013 registry/things.json(1,1): 'things.json' is not a registry: registry files are people.json, outlets.json, measures.json, units.json",
            "KZ0021 registry/people.json(1,1): Duplicate registry file id 'people.json': it is also used at /repo/seeds/a/registry/people.json",
            "KZ0021 zz/registry/people.json(1,1): Duplicate registry file id 'people.json': it is also used at /repo/seeds/a/registry/people.json",
            "KZ0021 registry/people.json(2,11): Duplicate person id 'ann': it is also used at people.json line 2",
        }, Lines(registry));
        Assert.Equal(new[] { ("ann", "Ann From A"), ("bob", "Bob"), ("cat", "Cat") }, registry.People.Select(p => (p.Id, p.Name)));
        Assert.Equal(new[] { "news" }, registry.Outlets.Select(o => o.Id));
    }

    [Fact]
    public void Ids_that_become_one_identifier_are_reported_and_only_the_first_is_kept()
    {
        var registry = Build(File("registry/people.json", """
            { "people": [
              { "id": "x2022", "name": "X One", "kind": "group" },
              { "id": "x-2022", "name": "X Two", "kind": "group" },
              { "id": "x2022", "name": "X Three", "kind": "group" },
              { "id": "all", "name": "Everyone", "kind": "group" },
              { "id": "all", "name": "Everyone Again", "kind": "group" }
            ] }
            """));

        Assert.Equal(new[]
        {
            "KZ0022 registry/people.json(3,11): The person id 'x-2022' becomes the C# identifier 'X2022', as does 'x2022'; rename it",
            "KZ0021 registry/people.json(4,11): Duplicate person id 'x2022': it is also used at people.json line 2",
            // A reserved id is never recorded, so its second use is reserved again rather than a duplicate.
            "KZ0022 registry/people.json(5,11): The person id 'all' becomes the C# identifier 'All', a name the generated catalogs already use; rename it",
            "KZ0022 registry/people.json(6,11): The person id 'all' becomes the C# identifier 'All', a name the generated catalogs already use; rename it",
        }, Lines(registry));
        Assert.Equal(new[] { ("x2022", "X One") }, registry.People.Select(p => (p.Id, p.Name)));
    }

    [Fact]
    public void An_alias_that_names_an_earlier_person_is_dropped_and_reported()
    {
        var registry = Build(File("registry/people.json", """
            { "people": [
              { "id": "ann-b", "name": "Ann B", "kind": "expert", "aliases": ["Ann", "A. B."] },
              { "id": "bob", "name": "Ánn", "kind": "expert", "aliases": ["Bob"] },
              { "id": "carl", "name": "BOB", "kind": "expert" },
              { "id": "ann-a", "name": "Ann A", "kind": "expert", "aliases": ["ANN", "Ann A", "ann  a"] }
            ] }
            """));

        // People are taken in id order: ann-a owns "ann" before ann-b and bob name it.
        Assert.Equal(new[]
        {
            "KZ0023 registry/people.json(2,66): Alias 'Ann' of 'ann-b' also names 'ann-a' (compared without case and diacritics); lookups by name must be unambiguous",
            "KZ0023 registry/people.json(3,62): Alias 'Ánn' of 'bob' also names 'ann-a' (compared without case and diacritics); lookups by name must be unambiguous",
            "KZ0023 registry/people.json(4,3): Alias 'BOB' of 'carl' also names 'bob' (compared without case and diacritics); lookups by name must be unambiguous",
        }, Lines(registry));

        // A spelling of a person's own name stays an alias; a rejected name stays the name.
        Assert.Equal(new[]
        {
            ("ann-a", "Ann A", new[] { "ANN", "Ann A", "ann  a" }),
            ("ann-b", "Ann B", new[] { "A. B." }),
            ("bob", "Ánn", new[] { "Bob" }),
            ("carl", "BOB", new string[0]),
        }, registry.People.Select(p => (p.Id, p.Name, p.Aliases.ToArray())));
    }

    [Fact]
    public void Every_field_of_every_registry_reaches_the_model()
    {
        var people = File("registry/people.json", """
            { "people": [
              { "id": "erica-marat", "name": "Erica Marat", "kind": "expert", "aliases": ["Marat"],
                "affiliation": "NDU", "role": "professor", "note": "A note." },
              { "id": "akorda", "name": "Akorda", "kind": "organisation" }
            ] }
            """);
        var registry = Build(
            people,
            File("registry/outlets.json", """
                { "outlets": [
                  { "id": "kz-news", "name": "KZ News", "country": "Kazakhstan", "language": "ru", "note": "State-owned." },
                  { "id": "blog", "name": "A Blog" }
                ] }
                """),
            File("registry/measures.json", """{ "measures": [ { "id": "gdp", "name": "GDP", "description": "Gross domestic product" }, { "id": "area", "name": "Area" } ] }"""),
            File("registry/units.json", """{ "units": [ { "id": "usd", "name": "US dollars", "symbol": "$" }, { "id": "item", "name": "items" } ] }"""));

        Assert.Empty(registry.Diagnostics);
        var ericaAliases = people.People.Single(p => p.Id.Id == "erica-marat").AliasesLocation;
        var akordaObject = people.People.Single(p => p.Id.Id == "akorda").AliasesLocation;
        Assert.Equal((1, 77), (ericaAliases.StartLine, ericaAliases.StartColumn));
        Assert.Equal((3, 2), (akordaObject.StartLine, akordaObject.StartColumn));
        Assert.Equal(new[]
        {
            new PersonModel("akorda", "Akorda", PersonKind.Organisation, EquatableArray<string>.Empty, akordaObject, null, null, null),
            new PersonModel("erica-marat", "Erica Marat", PersonKind.Expert, new EquatableArray<string>(new[] { "Marat" }), ericaAliases, "NDU", "professor", "A note."),
        }, registry.People);
        Assert.Equal(new[]
        {
            new OutletModel("blog", "A Blog", null, null, null),
            new OutletModel("kz-news", "KZ News", "Kazakhstan", "ru", "State-owned."),
        }, registry.Outlets);
        Assert.Equal(new[] { new MeasureModel("area", "Area", null), new MeasureModel("gdp", "GDP", "Gross domestic product") }, registry.Measures);
        Assert.Equal(new[] { new UnitModel("item", "items", null), new UnitModel("usd", "US dollars", "$") }, registry.Units);
    }

    [Fact]
    public void No_registry_file_gives_an_empty_registry()
    {
        var registry = Build();

        Assert.Empty(registry.People);
        Assert.Empty(registry.Outlets);
        Assert.Empty(registry.Measures);
        Assert.Empty(registry.Units);
        Assert.Empty(registry.Diagnostics);
    }

    [Fact]
    public void Unique_names_the_first_use_by_file_name_and_one_based_line_and_sorts_what_it_keeps()
    {
        var diagnostics = new List<DiagnosticInfo>();
        var inFile = new SourceLocation("/repo/seeds/sub/003_x.json", 40, 3, 6, 8, 6, 11);
        var nowhere = new SourceLocation(null, 0, 0, 7, 0, 7, 0);
        var entries = new[]
        {
            ("b", nowhere),
            ("c", inFile),
            ("a", inFile),
            ("b", inFile),
            ("c", nowhere),
        };

        var kept = RegistryBuilder.Unique(entries, e => new RawReference(e.Item1, e.Item2), "article", diagnostics);

        Assert.Equal(new[] { ("a", inFile), ("b", nowhere), ("c", inFile) }, kept);
        Assert.Equal(new[]
        {
            "KZ0021 sub/003_x.json(7,9): Duplicate article id 'b': it is also used at  line 8",
            "KZ0021 (8,1): Duplicate article id 'c': it is also used at 003_x.json line 7",
        }, SeedChecks.Lines(diagnostics));
    }
}
