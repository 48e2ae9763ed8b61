using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Drafting;

/// <summary>
/// The article's title, outlet, date, language and format. The outlet and the date are taken only
/// when the text states them (an outlet's name; a full date), with that passage as the cue; otherwise
/// the outlet is the placeholder outlet and the date the placeholder 0001, both marked for review:
/// the sidecar format requires both, and a draft never invents them.
/// </summary>
internal static class MetadataFinder
{
    internal sealed class Metadata
    {
        public TextRange? Title { get; set; }

        public List<(string, object?)> Outlet { get; } = new();

        public List<(string, object?)> Published { get; } = new();

        public List<(string, object?)> Language { get; } = new();

        public string Format { get; set; } = "news";

        public string ArticleReview { get; set; } = string.Empty;
    }

    public static Metadata Find(DraftPage page, DraftContext context, DraftDocument document)
    {
        var anchors = new AnchorWriter(page.Text);
        var metadata = new Metadata();
        var first = page.Lines.Select(page.Trim).FirstOrDefault(l => l.Length > 0 && !page.TouchesExcluded(l));
        if (first.Length is > 0 and <= 300) metadata.Title = first;

        FindOutlet(page, context, document, anchors, metadata.Outlet);
        FindDate(page, anchors, metadata.Published);

        metadata.Language.Add(("original", context.Rules.Language ?? "en"));
        metadata.Language.Add(("review", "Drafted: the drafting rules' language. Check it, and add \"processing\" if the text was translated or transcribed."));

        var speakers = document.Turns.Select(t => t.Fields.FirstOrDefault(f => f.Name == "speaker").Value as string).Where(s => s is not null).Distinct().Count();
        var questions = document.Turns.Any(t => Equals(t.Fields[0].Value, "question"));
        metadata.Format = speakers == 0 ? "news" : speakers > 1 || !questions ? "panel" : "interview";
        metadata.ArticleReview = $"Drafted by kz draft: the id is the file name's, the format ({metadata.Format}) follows from the turns found. Check both, then delete this property.";
        return metadata;
    }

    private static void FindOutlet(DraftPage page, DraftContext context, DraftDocument document, AnchorWriter anchors, List<(string, object?)> fields)
    {
        var folded = TypographicFolding.Fold(page.Text);
        var best = (Id: (string?)null, At: int.MaxValue, Length: 0);
        foreach (var (id, name) in context.Outlets)
        {
            var needle = TypographicFolding.Fold(name);
            if (needle.Length < 3) continue;
            for (var at = folded.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0 && at < best.At; at = folded.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + needle.Length;
                if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end >= folded.Length || !char.IsLetterOrDigit(folded[end])))
                {
                    best = (id, at, needle.Length);
                    break;
                }
            }
        }
        if (best.Id is not null)
        {
            fields.Add(("id", best.Id));
            fields.Add(("inferred", false));
            fields.Add(("cues", new[] { anchors.Anchor(new TextRange(best.At, best.At + best.Length), preferEnds: false) }));
            fields.Add(("review", "Drafted: the text names this outlet (the cue). Check it is the publisher, not a source it cites."));
            return;
        }
        fields.Add(("id", context.ProposeUnknownOutlet(document.NewOutlets)));
        fields.Add(("inferred", true));
        fields.Add(("review", "Drafted: the text names no outlet of the registry; this is a placeholder. Set the outlet (and \"inferred\", \"note\", \"cues\")."));
    }

    private static void FindDate(DraftPage page, AnchorWriter anchors, List<(string, object?)> fields)
    {
        var months = page.Rules.Months.Take(12).ToList();
        var match = page.Patterns.Dates.Select(p => p.Match(page.Text)).Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault();
        if (match is not null)
        {
            var month = months.FindIndex(m => m.Equals(match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31 && year >= 1)
            {
                fields.Add(("date", $"{year:D4}-{month:D2}-{day:D2}"));
                fields.Add(("precision", "day"));
                fields.Add(("inferred", false));
                fields.Add(("cues", new[] { anchors.Anchor(new TextRange(match.Index, match.Index + match.Length), preferEnds: false) }));
                fields.Add(("review", "Drafted: the first full date the text prints (the cue). Check it is the publication date, not an event's."));
                return;
            }
        }
        fields.Add(("date", "0001"));
        fields.Add(("inferred", true));
        fields.Add(("note", "Placeholder: the text prints no full date."));
        fields.Add(("review", "Drafted: no publication date is printed in the text; 0001 is a placeholder. Set the date (and \"inferred\", \"note\", \"cues\")."));
    }
}
