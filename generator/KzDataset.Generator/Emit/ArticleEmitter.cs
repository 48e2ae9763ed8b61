using System.Globalization;
using System.Linq;
using KzDataset.Generator.Model;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits one bucket of articles as data: ids, metadata, offsets and hashes. No article text is
/// emitted: it ships as an embedded resource and is decoded on first use (see DESIGN.md, Emission).
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(int bucket) => "KzDataset.Articles.B" + bucket.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    public static string MethodName(int bucket) => "AddBucket" + bucket.ToString("D2", CultureInfo.InvariantCulture);

    public static string Emit(BucketModel bucket)
    {
        var w = new SourceWriter().Header();
        w.Open("internal static partial class CorpusData");
        w.Open($"static partial void {MethodName(bucket.Index)}(global::System.Collections.Generic.List<ArticleData> articles)");
        foreach (var article in bucket.Articles)
        {
            WriteArticle(w, article);
        }
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void WriteArticle(SourceWriter w, ArticleModel a)
    {
        w.Line("// " + a.SeedFile);
        w.Line("articles.Add(new ArticleData(");
        w.Indent();
        w.Line($"Id: {Literals.String(a.Id)},");
        w.Line($"SeedFile: {Literals.String(a.SeedFile)},");
        w.Line($"Sha256: {Literals.String(a.Sha256)},");
        w.Line($"Length: {Literals.Int(a.Length)},");
        w.Line($"Title: {Literals.String(a.Title)},");
        w.Line($"TitleSpan: {Literals.Ranges(a.TitleRange is { } t ? new[] { t } : Enumerable.Empty<TextRange>())},");
        w.Line($"TitleNote: {Literals.String(a.TitleNote)},");
        w.Line($"Outlet: {Literals.RegistryMember("Outlet", a.Outlet)},");
        w.Line($"OutletInferred: {Literals.Bool(a.OutletInferred)},");
        w.Line($"OutletNote: {Literals.String(a.OutletNote)},");
        w.Line($"OutletCues: {Literals.Ranges(a.OutletCues)},");
        var d = a.Published;
        w.Line($"Published: new DateData({Literals.Int(d.Year)}, {Literals.Int(d.Month)}, {Literals.Int(d.Day)}, " +
               $"{Literals.Enum(Vocabulary.DatePrecision, d.Precision)}, Inferred: {Literals.Bool(d.Inferred)}, " +
               $"Note: {Literals.String(d.Note)}, Cues: {Literals.Ranges(d.Cues)}),");
        w.Line($"Language: {Literals.String(a.Language.Original)},");
        w.Line($"Processing: {Literals.Flags(Vocabulary.TextProcessing, a.Language.Processing)},");
        w.Line($"LanguageNote: {Literals.String(a.Language.Note)},");
        w.Line($"Format: {Literals.Enum(Vocabulary.ArticleFormat, a.Format)},");

        WriteArray(w, "Exclusions", "ExclusionData", a.Exclusions.Select(e =>
            $"new({Literals.Int(e.Range.Start)}, {Literals.Int(e.Range.End)}, {Literals.Enum(Vocabulary.ExclusionReason, e.Reason)}, {Literals.String(e.Note)})"));
        WriteArray(w, "Paragraphs", "int[]", a.Paragraphs.Select(p => Literals.Ranges(p.Segments)));
        WriteArray(w, "Turns", "TurnData", a.Turns.Select(t =>
            $"new({Literals.String(t.Id)}, {Literals.Enum(Vocabulary.TurnRole, t.Role)}, {Literals.String(t.SpeakerId)}, " +
            $"{Literals.Int(t.Range.Start)}, {Literals.Int(t.Range.End)}, {Literals.String(t.Note)})"));
        WriteArray(w, "Quotes", "QuoteData", a.Quotes.Select(q =>
            $"new({Literals.String(q.Id)}, {Literals.String(q.SpeakerId)}, {Literals.Enum(Vocabulary.QuoteKind, q.Kind)}, " +
            $"{Literals.Int(q.Range.Start)}, {Literals.Int(q.Range.End)}, Cue: {Literals.String(q.Cue)}, Note: {Literals.String(q.Note)}, TurnId: {Literals.String(q.TurnId)})"));
        WriteArray(w, "Figures", "FigureData", a.Figures.Select(f =>
            $"new({Literals.String(f.Id)}, {Literals.Int(f.Range.Start)}, {Literals.Int(f.Range.End)}, " +
            $"Value: {Literals.Decimal(f.Value)}, Lower: {Literals.Decimal(f.Lower)}, Upper: {Literals.Decimal(f.Upper)}, " +
            $"{Literals.RegistryMember("Unit", f.Unit)}, {Literals.RegistryMember("Measure", f.Measure)}, " +
            $"{Literals.Enum(Vocabulary.FigureQualifier, f.Qualifier)}, Subject: {Literals.String(f.Subject)}, " +
            $"AsOf: {Literals.String(f.AsOf)}, StatedBy: {Literals.String(f.StatedBy)}, Reading: {Literals.String(f.Reading)}, Note: {Literals.String(f.Note)})"));
        WriteArray(w, "Corrections", "CorrectionData", a.Corrections.Select(c =>
            $"new({Literals.String(c.Id)}, {Literals.Int(c.Range.Start)}, {Literals.Int(c.Range.End)}, " +
            $"Correct: {Literals.String(c.Correct)}, {Literals.Enum(Vocabulary.CorrectionKind, c.Kind)}, Note: {Literals.String(c.Note)})"));
        WriteArray(w, "Terms", "TermData", a.Terms.Select(t =>
            $"new({Literals.Int(t.Range.Start)}, {Literals.Int(t.Range.End)}, {Literals.Enum(Vocabulary.TermKind, t.Kind)}, {Literals.String(t.Note)})"));
        w.Line($"Mentions: {Literals.Strings(a.Mentions)}));");
        w.Outdent();
    }

    private static void WriteArray(SourceWriter w, string name, string type, System.Collections.Generic.IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            w.Line($"{name}: global::System.Array.Empty<{type}>(),");
            return;
        }
        w.Line($"{name}: new {type}[]");
        w.Line("{");
        w.Indent();
        foreach (var item in list) w.Line(item + ",");
        w.Outdent();
        w.Line("},");
    }
}
