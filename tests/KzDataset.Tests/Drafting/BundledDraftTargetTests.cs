using System;
using System.IO;
using System.Linq;
using KzDataset.Cli.Drafting.Scoring;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests.Drafting;

/// <summary>
/// <c>kz draft</c> on the bundled five texts (copied with the registry, without their sidecars), scored against
/// the bundled sidecars: each of the drafter's targets is a test of its own, so a regression names the target it broke.
/// </summary>
public sealed class BundledDraftTargetTests : IClassFixture<BundledDraftTargetTests.BundledDraft>
{
    private readonly BundledDraft _draft;

    public BundledDraftTargetTests(BundledDraft draft) => _draft = draft;

    public static TheoryData<string> Targets => new(DraftTargets.Evaluate(new ArticleScore("total", 0, QuoteScore.Zero, FigureTally.Zero, ExclusionTally.Zero)).Select(t => t.Target));

    [Fact]
    public void Kz_draft_writes_a_sidecar_for_every_text_and_the_draft_builds()
    {
        Assert.True(_draft.Exit == 0, _draft.Error);
        Assert.Equal(5, _draft.Score!.Articles.Count);
        Assert.All(_draft.Score.Articles, a => Assert.Equal(0, a.Missing));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_draft_meets_the_target(string target)
    {
        Assert.True(_draft.Exit == 0, _draft.Error);
        var result = DraftTargets.Evaluate(_draft.Score!.Total).Single(t => t.Target == target);
        Assert.True(result.Met, $"{target}: measured {result.Measured}");
    }

    /// <summary>The bundled texts and registry in a temp folder, drafted once by kz draft and scored.</summary>
    public sealed class BundledDraft : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-draft-bundled-" + Guid.NewGuid().ToString("N"));

        public BundledDraft()
        {
            SeedCopy.Make(_folder, sidecars: false);
            (Exit, _, Error) = CliRunner.Run("draft", _folder);
            if (Exit == 0) Score = ScoredFolders.Score(RepositoryPaths.Seeds, _folder);
        }

        public int Exit { get; }

        public string Error { get; }

        internal DraftScore? Score { get; }

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
