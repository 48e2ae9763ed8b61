using System;

namespace KzDataset;

/// <summary>
/// A span of an article's raw text: UTF-16 offsets, end-exclusive. <see cref="Text"/> is always
/// exactly <c>Article.RawText[Start..End]</c>.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    internal TextSpan(Article article, int start, int end)
    {
        Article = article;
        Start = start;
        End = end;
    }

    /// <summary>The article whose raw text the offsets index.</summary>
    public Article Article { get; }

    /// <summary>Offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The spanned text, verbatim.</summary>
    public string Text => Article.RawText.Substring(Start, Length);

    /// <summary>1-based line of <see cref="Start"/> in the seed file, for citing a passage.</summary>
    public int Line => Article.LineOf(Start);

    /// <inheritdoc />
    public bool Equals(TextSpan other) => ReferenceEquals(Article, other.Article) && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Article?.Id, Start, End);

    /// <summary>Equality of article and offsets.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Inequality of article or offsets.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Article?.Id}[{Start}..{End})";
}
