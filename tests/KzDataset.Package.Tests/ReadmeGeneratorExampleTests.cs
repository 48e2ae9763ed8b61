using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Package.Tests;

/// <summary>
/// README's generator path, step by step as a user follows it: a fresh console app named MyCorpus, the generator
/// package, <c>kz init seeds</c> from the installed tool, README's C# lines as Program.cs; it builds clean and
/// prints what README's comments say.
/// </summary>
public sealed class ReadmeGeneratorExampleTests(PackageFeed feed)
{
    private const string StepHeading = "**3. The generator, with your own corpus.**";

    [Fact]
    public async Task The_readme_generator_example_builds_and_prints_what_its_comments_say()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var code = ReadmeBlock();
        // Each line that prints ends with the comment of what it prints.
        var expected = code.Split('\n')
            .Where(l => l.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"//\s*(.*)$").Groups[1].Value.TrimEnd())
            .ToList();
        Assert.NotEmpty(expected);
        Assert.DoesNotContain(string.Empty, expected);

        var kz = await KzTool.InstallAsync(feed, cancellationToken);
        var app = await ConsumerProject.CreateAsync(feed, "console", "MyCorpus", cancellationToken);
        app.AddPackage("KzDataset.Generator");
        var init = await feed.RunProgramAsync(kz.Program, app.Directory, ["init", "seeds"], cancellationToken);
        init.AssertSucceeded();
        // kz init also made KZ warnings errors for the project, in the project's folder.
        var props = Path.Combine(app.Directory, "Directory.Build.props");
        Assert.Contains("<KzWarningsAsErrors>true</KzWarningsAsErrors>", File.ReadAllText(props), StringComparison.Ordinal);
        app.WriteFile("Program.cs", code);

        var build = await app.BuildAsync(cancellationToken);
        build.AssertCleanBuild();
        var run = await app.RunAsync(cancellationToken);
        run.AssertSucceeded();
        Assert.Equal(expected, run.OutputLines);
    }

    /// <summary>The C# block of README's generator step, as README has it.</summary>
    private static string ReadmeBlock()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var step = readme.IndexOf(StepHeading, StringComparison.Ordinal);
        Assert.True(step >= 0, $"README has no step '{StepHeading}'");
        var block = new Regex("```cs\n(.*?)```", RegexOptions.Singleline).Match(readme, step);
        Assert.True(block.Success, "README's generator step has no C# block");
        return block.Groups[1].Value;
    }
}
