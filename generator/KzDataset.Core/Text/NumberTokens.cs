namespace KzDataset.Core.Text;

/// <summary>
/// How a text is cut into the runs a number can be: digits with inner separators ("2,500", "3.5"),
/// or letters (a number word is one of them). One rule for the completeness check and the drafts,
/// so a drafted figure covers exactly what the check counts as one number.
/// </summary>
internal static class NumberTokens
{
    /// <summary>The end of the run of digits (or of letters, as <paramref name="start"/> is) that starts at <paramref name="start"/>, before <paramref name="limit"/>.</summary>
    public static int RunEnd(string text, int start, int limit)
    {
        var i = start;
        if (char.IsDigit(text[start]))
        {
            while (i < limit && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < limit && char.IsDigit(text[i + 1])))) i++;
        }
        else
        {
            while (i < limit && char.IsLetter(text[i])) i++;
        }
        return i;
    }
}
