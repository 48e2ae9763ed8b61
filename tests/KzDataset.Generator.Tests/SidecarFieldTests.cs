using KzDataset.Generator.Tests.Infrastructure;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Each required field of a sidecar, left out or given the wrong type: the exact diagnostic the
/// build prints (run through the seed checks, without Roslyn).
/// </summary>
public sealed class SidecarFieldTests
{
    [Theory]
    [InlineData("\"id\": \"tiny-article\",", "", "KZ0002 001_tiny.json(1,1): Required field 'id' is missing in the article")]
    [InlineData("\"sha256\": \"{{sha256:001_tiny.txt}}\",", "", "KZ0002 001_tiny.json(1,1): Required field 'sha256' is missing in the article")]
    [InlineData("\"title\": { \"exact\": \"Tiny: “Peace is near”\" },", "", "KZ0002 001_tiny.json(1,1): Required field 'title' is missing in the article")]
    [InlineData("\"format\": \"news\",", "", "KZ0002 001_tiny.json(1,1): Required field 'format' is missing in the article")]
    [InlineData("\"sha256\": \"{{sha256:001_tiny.txt}}\",", "\"sha256\": \"ABC\",", "KZ0004 001_tiny.json(5,13): Field 'sha256' must be 64 lowercase hexadecimal digits, not 'ABC'")]
    [InlineData("\"title\": { \"exact\": \"Tiny: “Peace is near”\" },", "\"title\": \"Tiny\",", "KZ0004 001_tiny.json(6,12): Field 'title' must be an anchor object or null, not a string")]
    [InlineData("\"date\": \"2022-01-07\",", "\"date\": \"2022-13-07\",", "KZ0005 001_tiny.json(8,26): Invalid date '2022-13-07': there is no month 13")]
    [InlineData("\"date\": \"2022-01-07\",", "\"date\": \"2022-01-07\", \"precision\": \"month\",", "KZ0005 001_tiny.json(8,53): Invalid date '2022-01-07': it is written to day precision but \"precision\" says month")]
    [InlineData("\"format\": \"news\",", "\"format\": 7,", "KZ0004 001_tiny.json(10,13): Field 'format' must be a string, not a number")]
    [InlineData("\"format\": \"news\",", "\"format\": \"blog\",", "KZ0006 001_tiny.json(10,13): 'blog' is not a valid article format. Valid values: interview, panel, news, analysis")]
    [InlineData("\"language\": { \"original\": \"en\", \"processing\": [\"machine-translated\"] },", "\"language\": { \"original\": \"English\", \"processing\": [\"machine-translated\"] },", "KZ0004 001_tiny.json(9,29): Field 'original' must be an ISO 639 language code such as \"fr\", not 'English'")]
    [InlineData("\"published\": { \"date\": \"2022-01-07\", \"inferred\": true, \"note\": \"A test date.\" },", "\"published\": { \"inferred\": true, \"note\": \"A test date.\" },", "KZ0002 001_tiny.json(8,16): Required field 'date' is missing in the publication date")]
    [InlineData("\"outlet\": { \"id\": \"example-news\", \"inferred\": false, \"cues\": [ { \"exact\": \"MOSCOW\" } ] },", "\"outlet\": { \"inferred\": false },", "KZ0002 001_tiny.json(7,13): Required field 'id' is missing in the outlet")]
    [InlineData("\"qualifier\": \"exact\", \"subject\": \"soldiers who arrived\"", "\"subject\": \"soldiers who arrived\"", "KZ0002 001_tiny.json(21,5): Required field 'qualifier' is missing in a figure")]
    [InlineData("{ \"exact\": \"Comments are closed.\", \"reason\": \"comment-widget\" }", "{ \"exact\": \"Comments are closed.\" }", "KZ0002 001_tiny.json(13,5): Required field 'reason' is missing in an exclusion")]
    [InlineData("\"kind\": \"typo\", \"note\": \"A test correction.\"", "\"note\": \"A test correction.\"", "KZ0002 001_tiny.json(25,5): Required field 'kind' is missing in a correction")]
    public void A_field_left_out_or_mistyped_is_one_located_error(string field, string replacement, string expected)
    {
        var result = SeedChecks.Run(Corpus.Edit(NewsSidecar, field, replacement));

        Assert.Equal(new[] { expected }, SeedChecks.LinesIn(result, NewsSidecar));
    }

    [Fact]
    public void A_sidecar_that_is_not_an_object_is_one_error_at_its_root()
        => Assert.Equal(new[] { "KZ0004 001_tiny.json(1,1): Field '(root)' must be an object, not an array" },
            SeedChecks.LinesIn(SeedChecks.Run(Corpus.With(NewsSidecar, "[ 1 ]")), NewsSidecar));
}
