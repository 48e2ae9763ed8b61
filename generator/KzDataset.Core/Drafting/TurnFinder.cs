using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Interview and panel turns from turn labels at a line's start (the rules' patterns: "Name: …" or
/// a label alone on its line such as "Opinion by Name:"). A label that is a question label or an
/// outlet's name opens a question; one that names a person opens that person's answer. A turn runs
/// to the next label; an excluded block or a heading line inside it ends it, and the same speaker's
/// turn goes on after.
/// </summary>
internal static class TurnFinder
{
    internal sealed class Result
    {
        public List<DraftItem> Items { get; } = new();

        public List<TextRange> Labels { get; } = new();

        public List<TextRange> Spans { get; } = new();

        public HashSet<string> AnswerSpeakers { get; } = new();

        public bool HasQuestions { get; set; }
    }

    public static Result Find(DraftPage page, DraftContext context, MentionIndex mentions, DraftDocument document)
    {
        var labelled = new List<(int Line, TextRange Label, int ContentStart, string? Speaker)>();
        var firstBodyLine = page.Lines.Select((l, i) => (l, i)).FirstOrDefault(x => page.Trim(x.l).Length > 0 && !page.IsExcluded(page.Trim(x.l).Start)).i;
        for (var n = 0; n < page.Lines.Count; n++)
        {
            var line = page.Lines[n];
            if (n == firstBodyLine || line.Length == 0 || page.IsExcluded(page.Trim(line).Start)) continue;
            var text = page.Of(line);
            foreach (var regex in page.Patterns.TurnLabels)
            {
                var match = regex.Match(text);
                if (!match.Success) continue;
                var name = match.Groups["name"];
                var label = page.Trim(new TextRange(line.Start + name.Index, line.Start + name.Index + name.Length));
                // "Name, director of …": the name is before the comma.
                var comma = page.Text.IndexOf(',', label.Start, label.Length);
                if (comma > label.Start) label = page.Trim(new TextRange(label.Start, comma));
                var contentStart = line.Start + match.Index + match.Length;
                // A label alone on its line ("Opinion by Theresa:") is a label by its pattern: one name is enough.
                var role = Role(page, context, page.Of(label), mentions, document, label, standalone: contentStart >= line.End);
                // An unknown one-word label before a question is the interviewer's (an outlet the registry lacks).
                if (role is null && contentStart < line.End && text.TrimEnd().EndsWith("?", System.StringComparison.Ordinal) && !page.Of(label).Contains(" ")) role = (null, true);
                if (role is null) continue;
                labelled.Add((n, label, contentStart >= line.End ? -1 : contentStart, role.Value.Speaker));
                break;
            }
        }

        var result = new Result();
        if (labelled.Count < 2) return result;
        for (var k = 0; k < labelled.Count; k++)
        {
            var (lineIndex, label, contentStart, speaker) = labelled[k];
            result.Labels.Add(label);
            var stop = k + 1 < labelled.Count ? labelled[k + 1].Line : page.Lines.Count;
            var start = contentStart >= 0 ? contentStart : -1;
            var end = -1;
            var from = contentStart >= 0 ? lineIndex : lineIndex + 1;
            for (var n = from; n < stop; n++)
            {
                var line = page.Trim(page.Lines[n]);
                if (line.Length == 0) continue;
                var breaks = page.TouchesExcluded(line) || (n != lineIndex && IsHeading(page, line));
                // A paragraph of an answer that ends with a question mark is the host's question.
                if (!breaks && speaker is not null && page.Text[line.End - 1] == '?' && (n != lineIndex || contentStart < 0))
                {
                    Add(page, result, start, end, speaker);
                    Add(page, result, line.Start, line.End, null);
                    start = end = -1;
                    continue;
                }
                if (breaks)
                {
                    Add(page, result, start, end, speaker);
                    start = end = -1;
                    continue;
                }
                if (start < 0) start = line.Start;
                end = line.End;
            }
            Add(page, result, start, end, speaker);
        }
        result.HasQuestions = result.Items.Any(i => Equals(i.Fields[0].Value, "question"));
        return result;
    }

    private static void Add(DraftPage page, Result result, int start, int end, string? speaker)
    {
        if (start < 0 || end <= start) return;
        var range = page.Trim(new TextRange(start, end));
        if (range.Length == 0) return;
        result.Spans.Add(range);
        if (speaker is null)
        {
            result.Items.Add(new DraftItem(range, "Drafted: a question, from its label. Check where it starts and ends.", ("role", "question")) { LongSpan = true });
        }
        else
        {
            result.AnswerSpeakers.Add(speaker);
            result.Items.Add(new DraftItem(range, "Drafted: an answer, speaker from its label. Check where it starts and ends, and the speaker.",
                ("role", "answer"), ("speaker", speaker)) { LongSpan = true });
        }
    }

    // A short line ending with a colon is a section heading, not an answer's text.
    private static bool IsHeading(DraftPage page, TextRange line)
        => line.Length < 80 && page.Text[line.End - 1] == ':';

    /// <summary>Null when the label is none; a null speaker for a question.</summary>
    private static (string? Speaker, bool Question)? Role(DraftPage page, DraftContext context, string label, MentionIndex mentions, DraftDocument document, TextRange range, bool standalone)
    {
        if (page.Patterns.QuestionLabels.Contains(label)) return (null, true);
        // "Dr Tleubbekov": the title is no part of the name to look up; a new person is proposed as written.
        var written = label;
        var titled = false;
        foreach (var honorific in page.Patterns.Honorifics)
        {
            if (label.Length > honorific.Length + 1 && label.StartsWith(honorific, System.StringComparison.Ordinal)
                && label[honorific.Length] is ' ' or '.' or '\u00A0')
            {
                var rest = label.Substring(honorific.Length).TrimStart('.', ' ', '\u00A0');
                if (rest.Length > 0)
                {
                    range = new TextRange(range.End - rest.Length, range.End);
                    label = rest;
                    titled = true;
                    break;
                }
            }
        }
        var key = NameKey.Of(label);
        if (context.Outlets.Any(o => NameKey.Of(o.Name) == key || o.Id == key)) return (null, true);
        var words = label.Split(' ');
        var known = context.PersonByName(written) ?? context.PersonByName(label) ?? (words.Length == 1 ? mentions.BySurname(label, range.Start) : null);
        var id = known is not null ? mentions.Resolve(mentions.Checked(known, written), document)
            : mentions.PersonAt(mentions.WordAt(range.Start), out var length) is { } found && mentions.Words[mentions.WordAt(range.Start) + length - 1].End == range.End
                ? mentions.Resolve(found, document)
                : null;
        if (id is not null)
        {
            mentions.Add(range.Start, range.End, id);
            return (id, false);
        }
        // Capitalised words, with particles ("Jean de Gliniasty") and at most one other short lower-case word
        // inside, as a translation may leave ("Jean from Gliniasty").
        var lowerInside = words.Skip(1).Take(words.Length - 2).Count(w => w.Length is > 0 and <= 4 && char.IsLower(w[0]) && !page.Patterns.Particles.Contains(w));
        var looksLikeName = (words.Length is >= 2 and <= 4 || ((titled || standalone) && words.Length == 1))
            && lowerInside <= 1 && char.IsUpper(words[0][0]) && char.IsUpper(words[words.Length - 1][0])
            && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || page.Patterns.Particles.Contains(w) || (w.Length <= 4 && char.IsLower(w[0]))) && !w.Any(char.IsDigit));
        if (!looksLikeName) return null;
        var proposed = context.ProposePerson(written,
            $"Drafted: \"{written}\" labels answers in the texts and the registry has no such name. Check the spelling, merge with an existing person if it is one, and set kind, affiliation and role.",
            document.NewPeople);
        mentions.Add(range.Start, range.End, proposed);
        return (proposed, false);
    }
}
