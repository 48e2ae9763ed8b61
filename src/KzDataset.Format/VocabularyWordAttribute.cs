using System;

namespace KzDataset.Format;

/// <summary>
/// The word the sidecars use for a vocabulary value ("interview-answer"). The enum member carries it, so
/// the value, its word and its code (<see cref="VocabularyTable{TEnum}"/>) have one definition.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class VocabularyWordAttribute : Attribute
{
    /// <summary>A member whose sidecar word is <paramref name="word"/>.</summary>
    /// <param name="word">The kebab-case word.</param>
    public VocabularyWordAttribute(string word) => Word = word;

    /// <summary>The kebab-case word.</summary>
    public string Word { get; }
}
