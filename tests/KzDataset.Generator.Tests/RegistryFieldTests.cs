using KzDataset.Generator.Tests.Infrastructure;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Each field of a registry entry left out or mistyped, and registry files of the wrong shape: the
/// exact diagnostics the build prints for that file (through the seed checks, without Roslyn).
/// </summary>
public sealed class RegistryFieldTests
{
    [Theory]
    [InlineData(PeopleRegistry, "\"id\": \"ann-example\", ", "", "KZ0002 registry/people.json(2,3): Required field 'id' is missing in a person")]
    [InlineData(PeopleRegistry, "\"name\": \"Ann Example\", ", "", "KZ0002 registry/people.json(2,3): Required field 'name' is missing in a person")]
    [InlineData(PeopleRegistry, "\"kind\": \"expert\", ", "", "KZ0002 registry/people.json(2,3): Required field 'kind' is missing in a person")]
    [InlineData(PeopleRegistry, "\"kind\": \"expert\", ", "\"kind\": \"pundit\", ", "KZ0006 registry/people.json(2,57): 'pundit' is not a valid person kind. Valid values: expert, official, leader, journalist, executive, activist, organisation, group")]
    [InlineData(PeopleRegistry, "\"kind\": \"expert\", ", "\"kind\": \"exprt\", ", "KZ0006 registry/people.json(2,57): 'exprt' is not a valid person kind; did you mean 'expert'? Valid values: expert, official, leader, journalist, executive, activist, organisation, group")]
    [InlineData(PeopleRegistry, "\"aliases\": [],", "\"aliases\": [\"A. E.\", \"\"],", "KZ0205 registry/people.json(2,78): Alias 'A. E.' of 'ann-example' occurs in no article; aliases record spellings the corpus uses|KZ0004 registry/people.json(2,88): Field 'aliases[]' must be a non-empty string, not a string")]
    [InlineData(PeopleRegistry, "\"aliases\": [],", "\"aliases\": \"Ann\",", "KZ0004 registry/people.json(2,78): Field 'aliases' must be an array, not a string")]
    [InlineData(PeopleRegistry, "\"role\": \"professor\"", "\"role\": 3", "KZ0004 registry/people.json(3,50): Field 'role' must be a string, not a number")]
    [InlineData(PeopleRegistry, "{ \"people\": [", "{ \"persons\": [", "KZ0002 registry/people.json(1,1): Required field 'people' is missing in people.json|KZ0003 registry/people.json(1,3): Unknown field 'persons' in people.json. Known fields: people")]
    [InlineData(OutletsRegistry, "\"name\": \"Example News\", ", "", "KZ0002 registry/outlets.json(1,16): Required field 'name' is missing in an outlet")]
    [InlineData(OutletsRegistry, "\"country\": \"Nowhere\"", "\"country\": false", "KZ0004 registry/outlets.json(1,75): Field 'country' must be a string, not a boolean")]
    [InlineData(MeasuresRegistry, "\"description\": \"Time since an event\"", "\"description\": []", "KZ0004 registry/measures.json(3,66): Field 'description' must be a string, not an array")]
    [InlineData(UnitsRegistry, "\"symbol\": \"yr\"", "\"symbol\": 1", "KZ0004 registry/units.json(1,98): Field 'symbol' must be a string, not a number")]
    [InlineData(UnitsRegistry, "{ \"id\": \"soldier\", \"name\": \"soldiers\" }", "\"soldier\"", "KZ0004 registry/units.json(1,14): Field 'units[]' must be an object, not a string")]
    [InlineData(OutletsRegistry, "{ \"id\": \"example-news\", ", "{ ", "KZ0002 registry/outlets.json(1,16): Required field 'id' is missing in an outlet")]
    [InlineData(OutletsRegistry, "\"country\": \"Nowhere\"", "\"country\": \"Nowhere\", \"colour\": 1", "KZ0003 registry/outlets.json(1,86): Unknown field 'colour' in an outlet. Known fields: country, id, language, name, note")]
    [InlineData(MeasuresRegistry, "{ \"id\": \"troops-deployed\", ", "{ ", "KZ0002 registry/measures.json(2,3): Required field 'id' is missing in a measure")]
    [InlineData(MeasuresRegistry, "\"name\": \"Troops deployed\"", "\"description\": \"Troops\"", "KZ0002 registry/measures.json(2,3): Required field 'name' is missing in a measure")]
    [InlineData(MeasuresRegistry, "\"name\": \"Troops deployed\"", "\"name\": \"Troops deployed\", \"colour\": 1", "KZ0003 registry/measures.json(2,57): Unknown field 'colour' in a measure. Known fields: description, id, name")]
    [InlineData(UnitsRegistry, "{ \"id\": \"soldier\", ", "{ ", "KZ0002 registry/units.json(1,14): Required field 'id' is missing in a unit")]
    [InlineData(UnitsRegistry, "\"name\": \"soldiers\"", "\"symbol\": \"s\"", "KZ0002 registry/units.json(1,14): Required field 'name' is missing in a unit")]
    [InlineData(UnitsRegistry, "\"name\": \"soldiers\"", "\"name\": \"soldiers\", \"colour\": 1", "KZ0003 registry/units.json(1,53): Unknown field 'colour' in a unit. Known fields: id, name, symbol")]
    [InlineData(PeopleRegistry, "\"role\": \"professor\"", "\"role\": \"professor\", \"colour\": 1", "KZ0003 registry/people.json(3,63): Unknown field 'colour' in a person. Known fields: affiliation, aliases, id, kind, name, note, role")]
    [InlineData(MeasuresRegistry, "{ \"measures\": [", "{ \"measures\": [ 1,", "KZ0004 registry/measures.json(1,17): Field 'measures[]' must be an object, not a number")]
    [InlineData(UnitsRegistry, "{ \"units\": [", "{ \"units\": \"none\", \"u\": [", "KZ0004 registry/units.json(1,12): Field 'units' must be an array, not a string|KZ0003 registry/units.json(1,20): Unknown field 'u' in units.json. Known fields: units")]
    public void A_registry_field_left_out_or_mistyped_is_a_located_error(string file, string field, string replacement, string expected)
    {
        var result = SeedChecks.Run(Corpus.Edit(file, field, replacement));

        // "a|b": the file's own diagnostics, in order (the sidecars then report the ids it no longer has).
        Assert.Equal(expected.Split('|'), SeedChecks.LinesIn(result, file));
    }

    [Fact]
    public void A_registry_file_of_another_name_is_reported_with_the_known_names()
    {
        var result = SeedChecks.Run(Corpus.With("registry/places.json", "{ \"places\": [] }"));

        Assert.Equal(new[]
        {
            "KZ0013 registry/places.json(1,1): 'places.json' is not a registry: registry files are people.json, outlets.json, measures.json, units.json",
        }, SeedChecks.Lines(result));
    }
}
