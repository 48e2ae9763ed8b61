using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// The resolve step for one article: pairs the sidecar with its text, checks the hash, resolves
/// every anchor and checks every rule that needs only the text (overlaps, order, excluded spans,
/// quotation marks, figure values, turns, completeness). Registry ids are checked in the link step.
/// Written without pattern variables that outlive a <c>continue</c> (<c>is not { } range</c>): a
/// mutation tester cannot compile its mutants around those (CS0165), which would leave this class's
/// loops unmeasured.
/// </summary>
internal sealed class ArticleResolver
{
    private readonly RawArticle _raw;
    private readonly SeedText _text;
    private readonly AnchorResolver _anchors;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<ReferenceUse> _references = new();
    private readonly List<ExclusionModel> _exclusions = new();
    private readonly Dictionary<string, SourceLocation> _localIds = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _localIdentifiers = new(System.StringComparer.Ordinal);

    private readonly bool _checkCompleteness;
    private IReadOnlyList<TextRange>? _excludedRanges;
    private PasteRules? _outsideExclusions;

    private ArticleResolver(RawArticle raw, SeedText text, List<DiagnosticInfo> diagnostics, bool checkCompleteness)
    {
        _raw = raw;
        _text = text;
        _checkCompleteness = checkCompleteness;
        _anchors = new AnchorResolver(text);
        _diagnostics = diagnostics;
    }

    /// <param name="sidecar">The parsed sidecar.</param>
    /// <param name="text">Its text (same base name), or null when there is none.</param>
    /// <param name="checkCompleteness">
    /// False where the sidecar was already checked at build time (the runtime): the completeness
    /// check only reports, it never changes what is resolved.
    /// </param>
    /// <param name="cancellationToken">Checked between phases.</param>
    public static ResolvedArticle Resolve(ParsedSidecar sidecar, SeedText? text, bool checkCompleteness = true, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>(sidecar.Diagnostics);
        var raw = sidecar.Article;
        if (text?.Unreadable is { } unreadable)
        {
            // Offsets into a text the build could not read as UTF-8 would be meaningless.
            diagnostics.Add(unreadable);
            text = null;
        }
        else if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.SidecarWithoutText, SourceLocation.FileStart(sidecar.Path),
                Parsing.SeedFileNames.FileName(sidecar.Path), sidecar.BaseName + ".txt"));
        }
        if (raw is null || text is null)
        {
            return new ResolvedArticle(sidecar.Path, sidecar.BaseName, raw?.Id.Id, raw?.Id.Location ?? SourceLocation.FileStart(sidecar.Path),
                null, text, EquatableArray<ParagraphModel>.Empty, EquatableArray<ReferenceUse>.Empty, diagnostics.ToEquatableArray());
        }
        return new ArticleResolver(raw, text, diagnostics, checkCompleteness).Run(cancellationToken);
    }

    // Cancellation is checked between phases: each phase is short, the article is not.
    private ResolvedArticle Run(CancellationToken cancellationToken)
    {
        if (_raw.Sha256 != _text.Sha256)
        {
            // Either hash is accepted (the tool may not know whether the file had a mark); the
            // message names the file's own hash first, and the other form only for a file with a mark.
            var withBom = SeedTextReader.Sha256WithBom(_text);
            var actual = _text.StartsWithBom ? $"{withBom} ({_text.Sha256} without its byte-order mark)" : _text.Sha256;
            if (_raw.Sha256 != withBom) Report(KzDiagnostics.TextHashMismatch, _raw.Sha256Location, _text.FileName, actual, _raw.Sha256);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ResolveExclusions();
        var body = BodyLayout.Build(_text.Content, _exclusions.Select(e => e.Range));

        var titleRange = _raw.Title is null ? null : _anchors.Resolve(_raw.Title, _diagnostics);
        var outletCues = ResolveAll(_raw.Outlet?.Cues);
        var dateCues = ResolveAll(_raw.Published?.Cues);
        if (_raw.Outlet is not null) _references.Add(new ReferenceUse(RegistryKind.Outlet, _raw.Outlet.Id.Id, _raw.Outlet.Id.Location, null));

        cancellationToken.ThrowIfCancellationRequested();
        var turns = ResolveTurns(out var answerQuotes);
        var quotes = ResolveQuotes(turns);
        cancellationToken.ThrowIfCancellationRequested();
        var figures = ResolveFigures();
        var corrections = ResolveCorrections();
        var terms = ResolveTerms();
        var ignores = _raw.Ignores.Select(i => _anchors.Resolve(i.Anchor, _diagnostics)).Where(r => r is not null).Select(r => r!.Value).ToList();

        cancellationToken.ThrowIfCancellationRequested();
        if (_checkCompleteness) CompletenessChecker.Check(
            _text,
            _anchors.Lines,
            body.Segments,
            figures.Select(f => f.Range).ToList(),
            quotes.Select(q => q.Range).Concat(terms.Select(t => t.Range)).ToList(),
            ignores,
            _diagnostics);

        ArticleModel? article = null;
        var (outlet, published, language, format) = (_raw.Outlet, _raw.Published, _raw.Language, _raw.Format);
        if (outlet is not null && published is not null && language is not null && format is not null)
        {
            article = new ArticleModel(
                _raw.Id.Id,
                _text.FileName,
                _text.Sha256,
                _text.Content.Length,
                titleRange.HasValue ? _text.Content.Substring(titleRange.Value.Start, titleRange.Value.Length) : null,
                titleRange,
                _raw.TitleNote,
                outlet.Id.Id,
                outlet.Inferred,
                outlet.Note,
                outletCues,
                new DateModel(published.Year, published.Month, published.Day, published.Precision, published.Inferred, published.Note, dateCues),
                new LanguageModel(language.Original, language.Processing, language.Note),
                format.Value,
                _exclusions.OrderBy(e => e.Range.Start).ToEquatableArray(),
                body.Paragraphs.ToEquatableArray(),
                turns.ToEquatableArray(),
                quotes.Concat(answerQuotes).OrderBy(q => q.Range.Start).ThenBy(q => q.Range.End).ThenBy(q => q.Id, System.StringComparer.Ordinal).ToEquatableArray(),
                figures.OrderBy(f => f.Range.Start).ToEquatableArray(),
                corrections.OrderBy(c => c.Range.Start).ToEquatableArray(),
                terms.OrderBy(t => t.Range.Start).ToEquatableArray(),
                EquatableArray<string>.Empty,
                _raw.Fingerprint,
                _text.Fingerprint);
        }
        return new ResolvedArticle(_raw.SidecarPath, _raw.BaseName, _raw.Id.Id, _raw.Id.Location, article, _text, body.Paragraphs.ToEquatableArray(),
            _references.ToEquatableArray(), _diagnostics.ToEquatableArray());
    }

    private void ResolveExclusions()
    {
        for (var source = 0; source < _raw.Exclusions.Count; source++)
        {
            var exclusion = _raw.Exclusions[source];
            var resolved = _anchors.Resolve(exclusion.Anchor, _diagnostics);
            if (resolved is null) continue;
            var range = resolved.Value;
            var clash = _exclusions.FirstOrDefault(e => e.Range.Overlaps(range));
            if (clash is not null)
            {
                Report(KzDiagnostics.SpansOverlap, exclusion.Anchor.Location,
                    "This exclusion", "another exclusion", Line(clash.Range.Start), "exclusions");
                continue;
            }
            _exclusions.Add(new ExclusionModel(range, exclusion.Reason, exclusion.Note, source));
        }
    }

    private EquatableArray<TextRange> ResolveAll(EquatableArray<RawAnchor>? anchors)
        => (anchors ?? EquatableArray<RawAnchor>.Empty)
            .Select(a => _anchors.Resolve(a, _diagnostics))
            .Where(r => r is not null)
            .Select(r => r!.Value)
            .ToEquatableArray();

    private List<TurnModel> ResolveTurns(out List<QuoteModel> answerQuotes)
    {
        var turns = new List<TurnModel>();
        answerQuotes = new List<QuoteModel>();
        var answerKind = _raw.Format == ArticleFormat.Panel ? QuoteKind.PanelAnswer : QuoteKind.InterviewAnswer;
        var number = 0;
        TextRange? previous = null;
        foreach (var turn in _raw.Turns)
        {
            number++;
            var resolved = _anchors.Resolve(turn.Anchor, _diagnostics, OutsideExclusions());
            if (resolved is null) continue;
            var range = resolved.Value;
            if (InExcludedSpan(range, "Turn " + number.ToString(CultureInfo.InvariantCulture), turn.Anchor.Location)) continue;
            if (previous is { } last)
            {
                if (range.Start < last.Start)
                {
                    Report(KzDiagnostics.SpansOutOfOrder, turn.Anchor.Location, "This turn", Line(range.Start), Line(last.Start), "turns");
                    continue;
                }
                if (range.Overlaps(last))
                {
                    Report(KzDiagnostics.SpansOverlap, turn.Anchor.Location, "This turn", "the previous turn", Line(last.Start), "turns");
                    continue;
                }
            }
            previous = range;
            var id = KzDataset.Format.TurnIds.Of(number - 1);
            turns.Add(new TurnModel(id, turn.Role, turn.Speaker?.Id, range, turn.Note, number - 1));
            if (turn.Speaker is { } speaker)
            {
                var quoteId = turn.Role == TurnRole.Answer ? id : null;
                _references.Add(new ReferenceUse(RegistryKind.Person, speaker.Id, speaker.Location, quoteId));
                if (quoteId is not null && DefineLocalId("answer", new RawReference(id, turn.Anchor.Location)))
                {
                    answerQuotes.Add(new QuoteModel(id, speaker.Id, answerKind, range, null, turn.Note, id, number - 1, FromTurn: true));
                }
            }
        }
        return turns;
    }

    private List<QuoteModel> ResolveQuotes(IReadOnlyList<TurnModel> turns)
    {
        var quotes = new List<QuoteModel>();
        for (var source = 0; source < _raw.Quotes.Count; source++)
        {
            var quote = _raw.Quotes[source];
            if (!DefineLocalId("quote", quote.Id)) continue;
            // A passage offered for a quote with marks sits where its marks say; "none" asks nothing of
            // a reported quote, and nothing can satisfy it on a direct one.
            var resolved = _anchors.Resolve(quote.Anchor, _diagnostics, new PasteRules(ExcludedRanges(), quote.Marks == QuoteMarks.None ? null : quote.Marks));
            if (resolved is null) continue;
            var range = resolved.Value;
            if (InExcludedSpan(range, $"Quote '{quote.Id.Id}'", quote.Anchor.Location)) continue;
            _references.Add(new ReferenceUse(RegistryKind.Person, quote.Speaker.Id, quote.Speaker.Location, quote.Id.Id));

            string? turnId = null;
            if (quote.Kind is QuoteKind.InterviewAnswer or QuoteKind.PanelAnswer)
            {
                var turn = turns.FirstOrDefault(t => t.Role == TurnRole.Answer && t.SpeakerId == quote.Speaker.Id && t.Range.Contains(range));
                if (turn is null)
                {
                    var container = turns.FirstOrDefault(t => t.Range.Contains(range));
                    var detail = container is null ? " (it is in no turn)"
                        : container.SpeakerId is null ? $" (it is in {container.Id}, a {Vocabulary.TurnRole.Word(container.Role)} with no speaker)"
                        : $" (it is in {container.Id}, a {Vocabulary.TurnRole.Word(container.Role)} of '{container.SpeakerId}')";
                    Report(KzDiagnostics.AnswerOutsideTurn, quote.Anchor.Location, quote.Id.Id, quote.Speaker.Id, detail);
                    continue;
                }
                turnId = turn.Id;
            }
            if (!CheckMarks(quote, range)) continue;
            quotes.Add(new QuoteModel(quote.Id.Id, quote.Speaker.Id, quote.Kind, range, quote.Cue, quote.Note, turnId, source, FromTurn: false));
        }
        return quotes;
    }

    // The "marks" field states which quotation marks the text really has around the quote.
    private bool CheckMarks(RawQuote quote, TextRange range)
    {
        var actual = QuotationMarks.Around(_text.Content, range);
        if (quote.Kind is QuoteKind.Direct or QuoteKind.Slogan && actual == QuoteMarks.None && quote.Marks == QuoteMarks.None)
        {
            Report(KzDiagnostics.DirectQuoteNotQuoted, quote.Anchor.Location, quote.Id.Id,
                "has no quotation mark before or after it");
            return false;
        }
        if (actual == quote.Marks) return true;
        if (quote.Marks == QuoteMarks.None && quote.Kind is not (QuoteKind.Direct or QuoteKind.Slogan)) return true;
        var found = actual switch
        {
            QuoteMarks.Both => "has marks on both sides",
            QuoteMarks.Opening => "has an opening mark but no closing mark",
            QuoteMarks.Closing => "has a closing mark but no opening mark",
            _ => "has no quotation mark before or after it",
        };
        Report(KzDiagnostics.DirectQuoteNotQuoted, quote.Anchor.Location, quote.Id.Id,
            $"{found}, but \"marks\" is \"{Vocabulary.QuoteMarks.Word(quote.Marks)}\"");
        return false;
    }

    private List<FigureModel> ResolveFigures()
    {
        var figures = new List<FigureModel>();
        for (var source = 0; source < _raw.Figures.Count; source++)
        {
            var figure = _raw.Figures[source];
            if (!DefineLocalId("figure", figure.Id)) continue;
            var resolved = _anchors.Resolve(figure.Anchor, _diagnostics, OutsideExclusions());
            if (resolved is null) continue;
            var range = resolved.Value;
            if (InExcludedSpan(range, $"Figure '{figure.Id.Id}'", figure.Anchor.Location)) continue;
            var clash = figures.FirstOrDefault(f => f.Range.Overlaps(range));
            if (clash is not null)
            {
                Report(KzDiagnostics.SpansOverlap, figure.Anchor.Location, $"Figure '{figure.Id.Id}'", $"figure '{clash.Id}'", Line(clash.Range.Start), "figures");
                continue;
            }
            _references.Add(new ReferenceUse(RegistryKind.Unit, figure.Unit.Id, figure.Unit.Location, null));
            _references.Add(new ReferenceUse(RegistryKind.Measure, figure.Measure.Id, figure.Measure.Location, null));
            if (figure.StatedBy is { } statedBy) _references.Add(new ReferenceUse(RegistryKind.Person, statedBy.Id, statedBy.Location, null));
            if (figure.Reading is null && !FigureValueChecker.Check(figure, _text.Content.Substring(range.Start, range.Length), _diagnostics)) continue;
            figures.Add(new FigureModel(figure.Id.Id, range, figure.Value, figure.Lower, figure.Upper, figure.Unit.Id, figure.Measure.Id,
                figure.Qualifier, figure.Subject, figure.AsOf, figure.StatedBy?.Id, figure.Reading, figure.Note, source));
        }
        return figures;
    }

    private List<CorrectionModel> ResolveCorrections()
    {
        var corrections = new List<CorrectionModel>();
        for (var source = 0; source < _raw.Corrections.Count; source++)
        {
            var correction = _raw.Corrections[source];
            if (!DefineLocalId("correction", correction.Id)) continue;
            var resolved = _anchors.Resolve(correction.Anchor, _diagnostics, OutsideExclusions());
            if (resolved is null) continue;
            var range = resolved.Value;
            if (InExcludedSpan(range, $"Correction '{correction.Id.Id}'", correction.Anchor.Location)) continue;
            corrections.Add(new CorrectionModel(correction.Id.Id, range, correction.Correct, correction.Kind, correction.Note, source));
        }
        return corrections;
    }

    private List<TermModel> ResolveTerms()
    {
        var terms = new List<TermModel>();
        for (var source = 0; source < _raw.Terms.Count; source++)
        {
            var term = _raw.Terms[source];
            var resolved = _anchors.Resolve(term.Anchor, _diagnostics, OutsideExclusions());
            if (resolved is null) continue;
            var range = resolved.Value;
            if (InExcludedSpan(range, "This quoted term", term.Anchor.Location)) continue;
            terms.Add(new TermModel(range, term.Kind, term.Note, source));
        }
        return terms;
    }

    /// <summary>
    /// Quote, figure and correction ids share one namespace per article (derived answers included);
    /// each becomes a member of a nested catalog class named after the article, so it must also
    /// be a distinct identifier, other than the article's own.
    /// </summary>
    private bool DefineLocalId(string what, RawReference id)
    {
        if (_localIds.TryGetValue(id.Id, out var first))
        {
            Report(KzDiagnostics.DuplicateId, id.Location, what, id.Id, "line " + (first.StartLine + 1).ToString(CultureInfo.InvariantCulture));
            return false;
        }
        var identifier = Identifiers.ToPascalCase(id.Id);
        var clash = identifier == Identifiers.ToPascalCase(_raw.Id.Id) ? "the name of its article's class"
            : RegistryBuilder.IsReserved(identifier) ? RegistryBuilder.ReservedClash
            : _localIdentifiers.TryGetValue(identifier, out var other) ? "as does '" + other + "'" : null;
        if (clash is not null)
        {
            Report(KzDiagnostics.IdentifierCollision, id.Location, what, id.Id, identifier, clash);
            return false;
        }
        _localIds[id.Id] = id.Location;
        _localIdentifiers[identifier] = id.Id;
        return true;
    }

    // The annotations that must stay out of excluded spans (KZ0106) are offered passages outside them.
    private PasteRules OutsideExclusions() => _outsideExclusions ??= new PasteRules(ExcludedRanges(), null);

    private IReadOnlyList<TextRange> ExcludedRanges() => _excludedRanges ??= _exclusions.Select(e => e.Range).ToList();

    private bool InExcludedSpan(TextRange range, string what, SourceLocation location)
    {
        var exclusion = _exclusions.FirstOrDefault(e => e.Range.Overlaps(range));
        if (exclusion is null) return false;
        Report(KzDiagnostics.AnnotationInExcludedSpan, location, what, Vocabulary.ExclusionReason.Word(exclusion.Reason), Line(exclusion.Range.Start));
        return true;
    }

    private string Line(int offset) => (_anchors.Lines.LineOf(offset) + 1).ToString(CultureInfo.InvariantCulture);

    private void Report(KzRule descriptor, SourceLocation location, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
