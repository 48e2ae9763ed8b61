namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// A tiny, fully annotated corpus: two articles (news and interview) and the four registries.
/// The base set yields no diagnostic; each diagnostic test breaks exactly one thing in it.
/// </summary>
internal static class Fixtures
{
    public const string NewsText = "001_tiny.txt";
    public const string NewsSidecar = "001_tiny.json";
    public const string InterviewText = "002_interview.txt";
    public const string InterviewSidecar = "002_interview.json";
    public const string PeopleRegistry = "registry/people.json";
    public const string OutletsRegistry = "registry/outlets.json";
    public const string MeasuresRegistry = "registry/measures.json";
    public const string UnitsRegistry = "registry/units.json";

    public static SeedSet Corpus { get; } = new SeedSet()
        .With(NewsText, """
            Tiny: “Peace is near”

            MOSCOW – “Peace is near,” said Ann Example, a professor at Example University. She said 2,500 soldiers arrived.

            Advertisement: 2 months for 1 €

            Comments are closed.
            """)
        .With(NewsSidecar, """
            {
              "$schema": "schema/article.schema.json",
              // Comments and trailing commas are allowed in sidecars.
              "id": "tiny-article",
              "sha256": "{{sha256:001_tiny.txt}}",
              "title": { "exact": "Tiny: “Peace is near”" },
              "outlet": { "id": "example-news", "inferred": false, "cues": [ { "exact": "MOSCOW" } ] },
              "published": { "date": "2022-01-07", "inferred": true, "note": "A test date." },
              "language": { "original": "en", "processing": ["machine-translated"] },
              "format": "news",
              "exclude": [
                { "exact": "Advertisement: 2 months for 1 €", "reason": "advertisement" },
                { "exact": "Comments are closed.", "reason": "comment-widget" }
              ],
              "quotes": [
                { "id": "peace-title", "speaker": "ann-example", "kind": "direct", "exact": "Peace is near", "occurrence": 1 },
                { "id": "peace", "speaker": "ann-example", "kind": "direct", "exact": "Peace is near", "occurrence": 2, "cue": "said" },
                { "id": "soldiers-arrived", "speaker": "ann-example", "kind": "indirect", "exact": "2,500 soldiers arrived", "cue": "said" },
              ],
              "figures": [
                { "id": "soldiers", "exact": "2,500 soldiers", "value": 2500, "unit": "soldier", "measure": "troops-deployed",
                  "qualifier": "exact", "subject": "soldiers who arrived", "statedBy": "ann-example" }
              ],
              "corrections": [
                { "id": "dateline", "exact": "MOSCOW", "correct": "Moscow", "kind": "typo", "note": "A test correction." }
              ]
            }
            """)
        .With(InterviewText, """
            Second piece

            Question: How many soldiers came?

            Ann Example: Thirty years of peace are over.
            """)
        .With(InterviewSidecar, """
            {
              "id": "second-piece",
              "sha256": "{{sha256:002_interview.txt}}",
              "title": { "exact": "Second piece" },
              "outlet": { "id": "example-news", "inferred": true, "note": "Assumed for the test." },
              "published": { "date": "2022-01", "inferred": true },
              "language": { "original": "fr", "processing": ["machine-translated", "reworded"] },
              "format": "interview",
              "turns": [
                { "role": "question", "exact": "How many soldiers came?" },
                { "role": "answer", "speaker": "ann-example", "exact": "Thirty years of peace are over." }
              ],
              "figures": [
                { "id": "thirty-years", "exact": "Thirty years", "value": 30, "unit": "year", "measure": "elapsed-time",
                  "qualifier": "exact", "subject": "years of peace", "statedBy": "ann-example" }
              ]
            }
            """)
        .With(PeopleRegistry, """
            { "people": [
              { "id": "ann-example", "name": "Ann Example", "kind": "expert", "aliases": [],
                "affiliation": "Example University", "role": "professor" }
            ] }
            """)
        .With(OutletsRegistry, """{ "outlets": [ { "id": "example-news", "name": "Example News", "country": "Nowhere" } ] }""")
        .With(MeasuresRegistry, """
            { "measures": [
              { "id": "troops-deployed", "name": "Troops deployed" },
              { "id": "elapsed-time", "name": "Elapsed time", "description": "Time since an event" }
            ] }
            """)
        .With(UnitsRegistry, """{ "units": [ { "id": "soldier", "name": "soldiers" }, { "id": "year", "name": "years", "symbol": "yr" } ] }""");
}
