using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>An article that passed the corpus-wide checks, with the base name of its seed files.</summary>
internal sealed record CheckedArticle(ArticleModel Article, string BaseName);

/// <summary>What the corpus-wide checks give: the articles that passed (unique ids) and every diagnostic, sorted.</summary>
internal sealed record CheckedCorpus(EquatableArray<CheckedArticle> Articles, EquatableArray<DiagnosticInfo> Diagnostics);
