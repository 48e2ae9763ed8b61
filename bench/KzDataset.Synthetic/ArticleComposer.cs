using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>
/// Writes one article (news or interview) and records every annotation as it writes: quotes,
/// figures, terms, dates, turns and excluded blocks land at known offsets, so the sidecar covers
/// every number and quotation mark of the body by construction.
/// </summary>
internal sealed class ArticleComposer
{
    private static readonly string[] NumberWordsSmall = { "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    private static readonly string[] DirectCues = { "said", "says", "told reporters", "warned", "insisted", "added" };
    private static readonly string[] IndirectCues = { "said", "argued", "claimed", "warned", "suggested" };

    private readonly Random _random;
    private readonly SyntheticRegistry _registry;
    private readonly TextBuilder _text = new();
    private readonly List<Quote> _quotes = new();
    private readonly List<Figure> _figures = new();
    private readonly List<Marked> _terms = new();
    private readonly List<Marked> _ignores = new();
    private readonly List<Exclusion> _exclusions = new();
    private readonly List<Turn> _turns = new();
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);
    private readonly string _city;
    private readonly string _topic;

    private ArticleComposer(Random random, SyntheticRegistry registry)
    {
        _random = random;
        _registry = registry;
        _city = Pick(Lexicon.Cities);
        _topic = Pick(Lexicon.Topics);
    }

    public static Article Compose(int index, SyntheticRegistry registry, Random random, ISet<string> titles)
    {
        return new ArticleComposer(random, registry).Run(index, titles);
    }

    private Article Run(int index, ISet<string> titles)
    {
        var quotable = RegistryFactory.Quotable(_registry);
        var speakers = Enumerable.Range(0, RegistryFactory.SpeakersPerArticle)
            .Select(k => quotable[(index * RegistryFactory.SpeakersPerArticle + k) % quotable.Count]).ToList();
        var organisation = Pick(RegistryFactory.Bodies(_registry).ToArray());
        var outlet = _registry.Outlets[_random.Next(_registry.Outlets.Count)];
        var interview = index % 4 == 3;
        var id = "syn-" + index.ToString("D6", CultureInfo.InvariantCulture) + "-" + NameKeys.Slug(_city);

        var title = WriteTitle(titles, speakers[0]);
        _text.Add("\n\n");
        var outletCue = WriteByline(outlet);
        var day = 3 + _random.Next(20);
        _text.Add(" – published ");
        var dateCue = _text.Mark(string.Create(CultureInfo.InvariantCulture, $"January {day}, 2022"));
        _ignores.Add(new Marked(dateCue, "date", "Publication date under the byline."));
        _text.Add("\n\n");

        var quoteTarget = 18 + _random.Next(5);
        var figureTarget = 9 + _random.Next(3);
        var interviewee = speakers[0];
        var others = interview ? speakers.Skip(1).ToList() : speakers;
        if (interview)
        {
            var intro = $"{interviewee.Name}, {Describe(interviewee)}, answered our questions about {_topic} and the days of unrest in {_city}.";
            _introduced.Add(interviewee.Id);
            _text.Add(intro).Add("\n\n");
            quoteTarget -= 10;
        }

        // Every speaker is quoted at least twice, so a speaker with an alias is named by it in the body.
        var order = others.Concat(others).ToList();
        while (order.Count < quoteTarget) order.Add(others[_random.Next(others.Count)]);
        var paragraph = 0;
        var next = 0;
        while (next < order.Count || _figures.Count < figureTarget - (interview ? 3 : 0))
        {
            var sentences = 2 + _random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) _text.Add(" ");
                var roll = _random.Next(10);
                if (next < order.Count && roll < 6) next += WriteQuote(order[next], next + 1 < order.Count ? order[next + 1] : null);
                else if (roll < 8 && _figures.Count < figureTarget) WriteFigure();
                else if (roll == 8) WriteTerm();
                else if (roll == 9 && _random.Next(3) == 0) WriteStatement(organisation);
                else _text.Add(Fill(Pick(Lexicon.Fillers)));
            }
            _text.Add("\n\n");
            paragraph++;
            if (paragraph == 2) WriteAdvertisement(outlet);
            if (paragraph == 5) WriteTeaser(titles);
        }

        if (interview) WriteInterview(interviewee, outlet, 10);
        _text.Add("\n");
        var tag = _text.Mark("source site-" + (index % 97).ToString(CultureInfo.InvariantCulture));
        _exclusions.Add(new Exclusion(tag, "source-tag", "Scraper tag."));
        _text.Add("\n");

        var text = _text.ToString();
        var baseName = index.ToString("D6", CultureInfo.InvariantCulture) + "_" + SyntheticCorpus.Sha256Hex(text).Substring(0, 16);
        var translated = _random.Next(3) == 0;
        var names = string.Join(", ", speakers.Select(p => p.Name));
        return new Article
        {
            Id = id,
            BaseName = baseName,
            Text = text,
            Title = title,
            Format = interview ? "interview" : "news",
            Outlet = outlet.Id,
            OutletNote = $"The byline names {outlet.Name} (synthetic outlet, {outlet.Extra}).",
            OutletCue = outletCue,
            Date = string.Create(CultureInfo.InvariantCulture, $"2022-01-{day:D2}"),
            DateNote = $"Printed under the byline of the {(interview ? "interview" : "report")} from {_city}.",
            DateCue = dateCue,
            Translated = translated,
            LanguageNote = translated
                ? $"Synthetic stand-in for a machine translation from French: the report on {_topic} keeps French punctuation habits."
                : $"Written in English for {outlet.Name}.",
            Note = $"{Pick(Lexicon.NoteOpenings)} Article {id} ({(interview ? "interview" : "news")}) on {_topic} in {_city} quotes {names}, and the statement of {organisation.Name}. {Pick(Lexicon.NoteRemarks)} {Pick(Lexicon.NoteRemarks)}",
            Exclusions = _exclusions.OrderBy(e => e.Span.Start).ToList(),
            Turns = _turns,
            Quotes = _quotes,
            Figures = _figures,
            Terms = _terms,
            Ignores = _ignores,
        };
    }

    private Span WriteTitle(ISet<string> titles, SyntheticPerson speaker)
    {
        for (var attempt = 0; ; attempt++)
        {
            var frame = Pick(Lexicon.HeadlineFrames);
            var quote = Fill(Pick(Lexicon.Subjects)) + " " + Fill(Pick(Lexicon.Predicates));
            var title = Fill(frame).Replace("{P}", speaker.Name, StringComparison.Ordinal).Replace("{Q}", quote, StringComparison.Ordinal);
            if (attempt > 20) title += " (" + speaker.Name + ", " + _city + ")";
            if (!titles.Add(title)) continue;
            var span = _text.Mark(title);
            var q = frame.IndexOf("{Q}", StringComparison.Ordinal);
            if (q >= 0)
            {
                _quotes.Add(new Quote(QuoteId(speaker), new Span(span.Start + title.IndexOf(quote, StringComparison.Ordinal), quote.Length),
                    speaker.Id, "direct", "", $"Headline quotation of {speaker.Name}."));
            }
            return span;
        }
    }

    private Span WriteByline(RegistryEntry outlet)
    {
        _text.Add("By a staff correspondent of ");
        return _text.Mark(outlet.Name);
    }

    // Returns how many speakers of the order it used (a split quotation uses one; so does a plain one).
    private int WriteQuote(SyntheticPerson speaker, SyntheticPerson? _)
    {
        var first = _introduced.Add(speaker.Id);
        var reference = first ? $"{speaker.Name}, {Describe(speaker)}," : speaker.Short;
        var cue = Pick(DirectCues);
        switch (_random.Next(4))
        {
            case 0:
                _text.Add("“");
                AddQuoteText(speaker, "direct", cue);
                _text.Add(",” " + cue + " " + (first ? reference.TrimEnd(',') : reference) + ".");
                break;
            case 1:
                _text.Add(Capital(reference) + " " + cue + ": “");
                AddQuoteText(speaker, "direct", cue);
                _text.Add(".”");
                break;
            case 2:
                _text.Add(Capital(reference) + " " + Pick(IndirectCues) + " that ");
                AddQuoteText(speaker, "indirect", "said");
                _text.Add(".");
                break;
            default:
                _text.Add("“");
                AddQuoteText(speaker, "direct", cue);
                _text.Add(",” " + (first ? reference : speaker.Short) + " " + cue + ", “");
                AddQuoteText(speaker, "direct", cue);
                _text.Add(".”");
                break;
        }
        return 1;
    }

    private void AddQuoteText(SyntheticPerson speaker, string kind, string cue)
    {
        var start = _text.Length;
        var subject = Fill(Pick(Lexicon.Subjects));
        if (kind == "indirect") subject = Lower(subject);
        _text.Add(subject + " " + Fill(Pick(Lexicon.Predicates)));
        string? note = null;
        switch (_random.Next(5))
        {
            case 0:
                var n = 300 + _random.Next(9_700);
                _text.Add(", and more than ");
                var span = _text.Mark(n.ToString("N0", CultureInfo.InvariantCulture) + " people");
                _figures.Add(new Figure(FigureId("arrests"), span, n, null, null, "person", "arrests", "more-than",
                    $"people detained in {_city}, according to {speaker.Name}", speaker.Id, null));
                _text.Add(" are still in detention");
                break;
            case 1:
                var term = Pick(Lexicon.ScareTerms);
                _text.Add(" — they call it ‘" + term + "’ on television");
                note = "The single marks around ‘" + term + "’ are the speaker's irony and stay inside the quotation.";
                break;
            case 2:
                _text.Add(" " + Fill(Pick(Lexicon.Tails)));
                break;
        }
        _quotes.Add(new Quote(QuoteId(speaker), new Span(start, _text.Length - start), speaker.Id, kind, cue, note));
    }

    private void WriteStatement(SyntheticPerson organisation)
    {
        _text.Add("In a statement, " + organisation.Name + " said that ");
        var start = _text.Length;
        _text.Add(Lower(Fill(Pick(Lexicon.Subjects))) + " " + Fill(Pick(Lexicon.Predicates)));
        _quotes.Add(new Quote(QuoteId(organisation), new Span(start, _text.Length - start), organisation.Id, "indirect", "said",
            "A body's statement: the organisation is the speaker."));
        _text.Add(".");
    }

    private void WriteTerm()
    {
        var term = Pick(Lexicon.ScareTerms);
        _text.Add("Officials in " + _city + " kept speaking of “");
        var span = _text.Mark(term);
        _text.Add("”, a word critics found hard to accept.");
        _terms.Add(new Marked(span, "scare-quote", $"Official vocabulary, quoted at a distance by the outlet ({term})."));
    }

    private void WriteFigure()
    {
        switch (_random.Next(9))
        {
            case 0:
                var arrested = 1_000 + _random.Next(59_000);
                _text.Add("Officials said ");
                Figure(arrested.ToString("N0", CultureInfo.InvariantCulture) + " people", arrested, "person", "arrests", "exact", "people detained since the start of the protests");
                _text.Add(" had been detained in " + _city + ".");
                break;
            case 1:
                var injured = 100 + _random.Next(4_900);
                _text.Add("At least ");
                Figure(injured.ToString("N0", CultureInfo.InvariantCulture) + " people", injured, "person", "injuries", "at-least", "people injured, according to hospital staff");
                _text.Add(" were injured, according to hospital staff in " + _city + ".");
                break;
            case 2:
                var km = 200 + _random.Next(3_800);
                _text.Add("The convoy covered ");
                Figure(km.ToString("N0", CultureInfo.InvariantCulture) + " kilometres", km, "kilometre", "distance", "exact", "distance covered by the convoy from the border");
                _text.Add(" before reaching " + _city + ".");
                break;
            case 3:
                var share = 10 + _random.Next(80);
                _text.Add("Around ");
                Figure(share.ToString(CultureInfo.InvariantCulture) + "%", share, "percent", "population-share", "about", "respondents distrusting the police in a recent poll");
                _text.Add(" of respondents in a recent poll said they distrusted the police.");
                break;
            case 4:
                var price = 60 + _random.Next(140);
                _text.Add("Liquefied gas had risen to ");
                Figure(price.ToString(CultureInfo.InvariantCulture) + " tenge", price, "tenge", "price", "exact", "price of a litre of liquefied gas");
                _text.Add(" per litre at stations in " + _city + ".");
                break;
            case 5:
                var change = (50 + _random.Next(900)) / 10m;
                _text.Add("Prices of bread rose by ");
                Figure(change.ToString("0.0", CultureInfo.InvariantCulture) + "%", change, "percent", "price-change", "exact", "rise of bread prices in a week");
                _text.Add(" in a week.");
                break;
            case 6:
                var troops = 1_000 + _random.Next(4_000);
                _text.Add("The contingent numbered ");
                Figure(troops.ToString("N0", CultureInfo.InvariantCulture) + " soldiers", troops, "soldier", "troops-deployed", "exact", "soldiers of the foreign contingent");
                _text.Add(", according to the defence ministry.");
                break;
            case 7:
                var word = Pick(NumberWordsSmall);
                var value = Array.IndexOf(NumberWordsSmall, word) + 2;
                _text.Add("Curfews were declared in ");
                Figure(word + " cities", value, "item", "count", "exact", "cities under curfew");
                _text.Add(", from " + _city + " to the border regions.");
                break;
            default:
                var lower = 100 * (2 + _random.Next(20));
                var upper = lower + 100 * (1 + _random.Next(10));
                _text.Add("Between ");
                var span = _text.Mark(lower.ToString("N0", CultureInfo.InvariantCulture) + " and " + upper.ToString("N0", CultureInfo.InvariantCulture) + " people");
                _figures.Add(new Figure(FigureId("count"), span, null, lower, upper, "person", "count", "range", "people gathered on the main square", null,
                    "A range: the outlet gives both bounds."));
                _text.Add(" gathered on the main square of " + _city + ".");
                break;
        }
    }

    private void Figure(string text, decimal value, string unit, string measure, string qualifier, string subject)
    {
        var span = _text.Mark(text);
        _figures.Add(new Figure(FigureId(measure), span, value, null, null, unit, measure, qualifier, subject + " (" + _city + ")", null, null));
    }

    private void WriteInterview(SyntheticPerson interviewee, RegistryEntry outlet, int pairs)
    {
        var questions = Lexicon.Questions.OrderBy(_ => _random.Next()).Take(pairs).ToList();
        var answers = Lexicon.Answers.OrderBy(_ => _random.Next()).Take(pairs).ToList();
        for (var i = 0; i < pairs; i++)
        {
            _text.Add(outlet.Name + ": ");
            _turns.Add(new Turn(_text.Mark(Fill(questions[i])), "question", null));
            _text.Add("\n\n" + interviewee.Short + ": ");
            var start = _text.Length;
            _text.Add(Fill(answers[i]));
            if (i % 3 == 0)
            {
                var years = 5 + _random.Next(25);
                _text.Add(" The people in charge have been there for ");
                var span = _text.Mark(years.ToString(CultureInfo.InvariantCulture) + " years");
                _figures.Add(new Figure(FigureId("tenure"), span, years, null, null, "year", "tenure", "exact",
                    "time the regional elite has held office, according to the interviewee", interviewee.Id, null));
                _text.Add(", and that is the problem.");
            }
            _turns.Add(new Turn(new Span(start, _text.Length - start), "answer", interviewee.Id));
            _text.Add("\n\n");
        }
    }

    private void WriteAdvertisement(RegistryEntry outlet)
    {
        var months = 2 + _random.Next(10);
        var ad = _text.Mark(string.Create(CultureInfo.InvariantCulture,
            $"ADVERTISEMENT — Subscribe to {outlet.Name}: {months} months for 1 €, “the best coverage of Central Asia”"));
        _exclusions.Add(new Exclusion(ad, "advertisement", "Subscription offer; its numbers and quotation marks are not the article's."));
        _text.Add("\n\n");
    }

    private void WriteTeaser(ISet<string> titles)
    {
        _ = titles;
        var comments = 3 + _random.Next(300);
        var teaser = _text.Mark(string.Create(CultureInfo.InvariantCulture,
            $"Read more: “{Fill(Pick(Lexicon.HeadlineFrames)).Replace("{P}", "our correspondent", StringComparison.Ordinal).Replace("{Q}", "Calm returns", StringComparison.Ordinal)}” ({comments} comments)"));
        _exclusions.Add(new Exclusion(teaser, "read-more", "Link to another article of the outlet."));
        _text.Add("\n\n");
    }

    private string Describe(SyntheticPerson person) => person.Kind == "expert"
        ? $"{person.Role} at {person.Affiliation}"
        : person.Kind is "official" or "leader" ? $"{person.Role} of {person.Affiliation}" : $"{person.Role} at {person.Affiliation}";

    private string QuoteId(SyntheticPerson speaker)
        => "q" + (_quotes.Count + 1).ToString("D2", CultureInfo.InvariantCulture) + "-" + speaker.Id.Split('-')[^1];

    private string FigureId(string measure)
        => "f" + (_figures.Count + 1).ToString("D2", CultureInfo.InvariantCulture) + "-" + measure;

    private string Fill(string template)
        => template.Replace("{C}", _city, StringComparison.Ordinal).Replace("{T}", _topic, StringComparison.Ordinal)
            .Replace("{V}", Pick(Lexicon.HeadlineVerbs), StringComparison.Ordinal);

    // After "said that": "The government" becomes "the government"; names keep their capital.
    private static string Lower(string subject) => subject.StartsWith("The ", StringComparison.Ordinal) || subject.StartsWith("Nobody", StringComparison.Ordinal)
        || subject.StartsWith("Ordinary", StringComparison.Ordinal) || subject.StartsWith("Young", StringComparison.Ordinal) || subject.StartsWith("Local", StringComparison.Ordinal)
        ? char.ToLowerInvariant(subject[0]) + subject.Substring(1) : subject;

    private static string Capital(string value) => char.ToUpperInvariant(value[0]) + value.Substring(1);

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}
