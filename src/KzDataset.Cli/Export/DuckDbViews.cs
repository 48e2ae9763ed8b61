namespace KzDataset.Cli.Export;

/// <summary>The views of <c>kz.duckdb</c>: the joins most questions start with, so nobody has to write them twice.</summary>
internal static class DuckDbViews
{
    public static readonly string[] Statements =
    {
        """
        CREATE VIEW experts AS
        SELECT * FROM people WHERE kind = 'expert'
        """,
        """
        CREATE VIEW quotes_with_speakers AS
        SELECT q.id, q.article_id, q.kind, q.text, q.start, q."end", q.cue, q.turn_id, q.note,
               q.speaker_id, p.name AS speaker_name, p.kind AS speaker_kind, p.affiliation AS speaker_affiliation, p.role AS speaker_role,
               a.title AS article_title, a.published, a.published_date, a.language,
               a.outlet_id, o.name AS outlet_name
        FROM quotes q
        JOIN people p ON p.id = q.speaker_id
        JOIN articles a ON a.id = q.article_id
        JOIN outlets o ON o.id = a.outlet_id
        """,
        """
        CREATE VIEW figures_with_measures AS
        SELECT f.id, f.article_id, f.value, f.lower, f.upper, f.qualifier,
               f.measure_id, m.name AS measure_name, f.unit_id, u.name AS unit_name, u.symbol AS unit_symbol,
               f.subject, f.as_of, f.reading, f.text, f.start, f."end", f.note,
               f.stated_by_id, s.name AS stated_by_name,
               a.title AS article_title, a.published, a.published_date, a.outlet_id, o.name AS outlet_name
        FROM figures f
        JOIN measures m ON m.id = f.measure_id
        JOIN units u ON u.id = f.unit_id
        JOIN articles a ON a.id = f.article_id
        JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN people s ON s.id = f.stated_by_id
        """,
    };

    /// <summary>The names of the views, in the order they are created.</summary>
    public static readonly string[] Names = { "experts", "quotes_with_speakers", "figures_with_measures" };
}
