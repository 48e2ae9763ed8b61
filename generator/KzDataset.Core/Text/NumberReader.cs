using System;
using System.Collections.Generic;
using System.Globalization;

namespace KzDataset.Core.Text;

/// <summary>
/// Reads the numbers a short passage states: digits with thousands separators ("2,500",
/// "4,750-mile", "20%"), digits with a scale word ("16 million"), number words ("three and a
/// half thousand", "thirty", "six-member", "a dozen") and multiples ("doubling" = 2).
/// Hand-written: Microsoft.Recognizers.Text is not in the package registry here.
/// </summary>
internal static class NumberReader
{
    public static IReadOnlyList<decimal> Read(string text)
    {
        var tokens = Tokenize(text);
        var values = new List<decimal>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Number is { } number)
            {
                var overflow = false;
                if (i + 1 < tokens.Count && tokens[i + 1].Word is { } next && NumberWords.Scale(next) is { } scale && scale >= 1000)
                {
                    overflow = number > decimal.MaxValue / scale;
                    if (!overflow) number *= scale;
                    i++;
                }
                if (!overflow) values.Add(number);
                i++;
                continue;
            }
            if (token.Word is { } word && NumberWords.Multiplier(word) is { } factor)
            {
                values.Add(factor);
                i++;
                continue;
            }
            i = ReadWords(tokens, i, values);
        }
        return values;
    }

    // A run of number words: "three and a half thousand", "twenty-five", "a dozen", "two hundred".
    private static int ReadWords(List<Token> tokens, int i, List<decimal> values)
    {
        decimal total = 0, current = 0;
        var any = false;
        var overflow = false;
        var start = i;
        while (i < tokens.Count && tokens[i].Word is { } word)
        {
            var lower = word.ToLowerInvariant();
            // A number beyond decimal's range ("hundred" thirty times) is none a text states: the run is
            // read to its end and yields nothing, so the figure check reports it instead of the generator throwing.
            try
            {
                if (NumberWords.Unit(lower) is { } unit)
                {
                    current += unit;
                    any = true;
                }
                else if (lower == "half" && (any || PreviousIs(tokens, i, "a")))
                {
                    current += 0.5m;
                    any = true;
                }
                else if (lower == "dozen")
                {
                    current = (current == 0 ? 1 : current) * 12;
                    any = true;
                }
                else if (NumberWords.Scale(lower) is { } scale)
                {
                    if (scale == 100)
                    {
                        current = (current == 0 ? 1 : current) * 100;
                    }
                    else
                    {
                        total += (current == 0 ? 1 : current) * scale;
                        current = 0;
                    }
                    any = true;
                }
                else if ((lower == "and" && any) || (lower == "a" && NextIsNumberWord(tokens, i)))
                {
                    // joins the parts of one number
                }
                else
                {
                    break;
                }
            }
            catch (OverflowException)
            {
                overflow = true;
            }
            i++;
        }
        if (any && !overflow && total <= decimal.MaxValue - current) values.Add(total + current);
        return i == start ? i + 1 : i;
    }

    private static bool PreviousIs(List<Token> tokens, int i, string word)
        => i > 0 && string.Equals(tokens[i - 1].Word, word, StringComparison.OrdinalIgnoreCase);

    private static bool NextIsNumberWord(List<Token> tokens, int i)
        => i + 1 < tokens.Count && tokens[i + 1].Word is { } next
           && (next.Equals("half", StringComparison.OrdinalIgnoreCase) || next.Equals("dozen", StringComparison.OrdinalIgnoreCase)
               || NumberWords.Scale(next) is not null);

    private readonly struct Token
    {
        public Token(string? word, decimal? number)
        {
            Word = word;
            Number = number;
        }

        public string? Word { get; }

        public decimal? Number { get; }
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i])
                       || ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }
                tokens.Add(new Token(null, ParseDigits(text.Substring(start, i - start))));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                tokens.Add(new Token(text.Substring(start, i - start), null));
            }
            else
            {
                // Punctuation ends a run of number words ("two, three" is 2 and 3, not 5); spaces and
                // the hyphen of "twenty-five" do not.
                if (char.IsPunctuation(c) && c != '-') tokens.Add(default);
                i++;
            }
        }
        return tokens;
    }

    // "2,500" and "6,000" group thousands; a single dot is a decimal point ("3.5"). Digits that are no
    // decimal (30 of them, "1.5.5") are no reading at all: read as 0, they would pass a figure of value 0.
    private static decimal? ParseDigits(string digits)
    {
        var plain = digits.Replace(",", string.Empty);
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
