using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>Writes an article's sidecar in the layout of seeds/*.json (fields in the schema's order).</summary>
internal static class SidecarWriter
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Article article, string sha256)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            var text = article.Text;
            json.WriteStartObject();
            json.WriteString("$schema", "schema/article.schema.json");
            json.WriteString("id", article.Id);
            json.WriteString("sha256", sha256);
            json.WriteStartObject("title");
            Anchors.Write(json, text, article.Title);
            json.WriteEndObject();
            json.WriteString("note", article.Note);

            json.WriteStartObject("outlet");
            json.WriteString("id", article.Outlet);
            json.WriteBoolean("inferred", false);
            json.WriteString("note", article.OutletNote);
            WriteCues(json, text, article.OutletCue);
            json.WriteEndObject();

            json.WriteStartObject("published");
            json.WriteString("date", article.Date);
            json.WriteString("precision", "day");
            json.WriteBoolean("inferred", false);
            json.WriteString("note", article.DateNote);
            WriteCues(json, text, article.DateCue);
            json.WriteEndObject();

            json.WriteStartObject("language");
            json.WriteString("original", article.Translated ? "fr" : "en");
            if (article.Translated)
            {
                json.WriteStartArray("processing");
                json.WriteStringValue("machine-translated");
                json.WriteEndArray();
            }
            json.WriteString("note", article.LanguageNote);
            json.WriteEndObject();
            json.WriteString("format", article.Format);

            json.WriteStartArray("exclude");
            foreach (var exclusion in article.Exclusions)
            {
                json.WriteStartObject();
                Anchors.Write(json, text, exclusion.Span);
                json.WriteString("reason", exclusion.Reason);
                json.WriteString("note", exclusion.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            if (article.Turns.Count > 0)
            {
                json.WriteStartArray("turns");
                foreach (var turn in article.Turns)
                {
                    json.WriteStartObject();
                    json.WriteString("role", turn.Role);
                    if (turn.Speaker is not null) json.WriteString("speaker", turn.Speaker);
                    Anchors.Write(json, text, turn.Span);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }

            json.WriteStartArray("quotes");
            foreach (var quote in article.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("id", quote.Id);
                json.WriteString("speaker", quote.Speaker);
                json.WriteString("kind", quote.Kind);
                Anchors.Write(json, text, quote.Span);
                if (quote.Cue.Length > 0) json.WriteString("cue", quote.Cue);
                if (quote.Note is not null) json.WriteString("note", quote.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("figures");
            foreach (var figure in article.Figures)
            {
                json.WriteStartObject();
                json.WriteString("id", figure.Id);
                Anchors.Write(json, text, figure.Span);
                if (figure.Value is { } value) json.WriteNumber("value", value);
                if (figure.Lower is { } lower) json.WriteNumber("lower", lower);
                if (figure.Upper is { } upper) json.WriteNumber("upper", upper);
                json.WriteString("unit", figure.Unit);
                json.WriteString("measure", figure.Measure);
                json.WriteString("qualifier", figure.Qualifier);
                json.WriteString("subject", figure.Subject);
                if (figure.StatedBy is not null) json.WriteString("statedBy", figure.StatedBy);
                if (figure.Note is not null) json.WriteString("note", figure.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            WriteMarked(json, text, "terms", "kind", article.Terms);
            WriteMarked(json, text, "ignore", "reason", article.Ignores);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteCues(Utf8JsonWriter json, string text, Span cue)
    {
        json.WriteStartArray("cues");
        json.WriteStartObject();
        Anchors.Write(json, text, cue);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteMarked(Utf8JsonWriter json, string text, string name, string field, System.Collections.Generic.IReadOnlyList<Marked> items)
    {
        if (items.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            Anchors.Write(json, text, item.Span);
            json.WriteString(field, item.Kind);
            if (item.Note is not null) json.WriteString("note", item.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
