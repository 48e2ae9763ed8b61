using KzDataset.Cli.Seeds;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>Scores a draft seeds folder against a true one, both loaded through the runtime as any corpus is.</summary>
internal static class ScoredFolders
{
    /// <summary>The score; a <see cref="CliException"/> when either folder is missing or does not build.</summary>
    public static DraftScore Score(string truthDirectory, string draftDirectory)
    {
        var truth = Load(truthDirectory, "the truth");
        var draft = Load(draftDirectory, "the draft");
        return DraftScorer.Score(truth, draft);
    }

    private static Corpus Load(string directory, string role)
    {
        try
        {
            return SeedFolder.Open(directory).Load();
        }
        catch (CliException ex)
        {
            throw new CliException($"{role} cannot be scored: {ex.Message}");
        }
    }
}
