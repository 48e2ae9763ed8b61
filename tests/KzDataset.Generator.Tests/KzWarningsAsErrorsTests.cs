using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using KzDataset.Core.Diagnostics;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// <c>KzWarningsAsErrors=true</c> (the generator's build files) turns every KZ warning into an error:
/// its list of ids is the rules' own, and a real build of a project with a completeness gap fails with it
/// and passes with a warning without it.
/// </summary>
public sealed class KzWarningsAsErrorsTests
{
    private static readonly string BuildFiles = RepositoryPaths.Combine("generator", "KzDataset.Generator", "buildTransitive");

    [Fact]
    public void The_props_list_every_KZ_warning_id_and_nothing_else()
    {
        var props = XDocument.Load(Path.Combine(BuildFiles, "KzDataset.Generator.props"));
        var listed = props.Descendants("KzWarningIds").Single().Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var warnings = KzDiagnostics.All.Where(r => r.Severity == KzSeverity.Warning).Select(r => r.Id);

        Assert.Equal(warnings.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_completeness_gap_fails_the_build_with_the_property_and_warns_without_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kz-warnings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var strict = Build(Path.Combine(folder, "strict"), kzWarningsAsErrors: true);
            var lenient = Build(Path.Combine(folder, "lenient"), kzWarningsAsErrors: false);

            Assert.True(strict.ExitCode != 0, strict.Output);
            Assert.Contains("error KZ0300", strict.Output);
            Assert.True(lenient.ExitCode == 0, lenient.Output);
            Assert.Contains("warning KZ0300", lenient.Output);
            Assert.DoesNotContain("error KZ", lenient.Output);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A corpus project as a user has one (the build files imported, the generator as an analyzer), built by dotnet build.</summary>
    private static (int ExitCode, string Output) Build(string project, bool kzWarningsAsErrors)
    {
        // The fixture corpus with one number nobody annotated: a KZ0300 warning, nothing else.
        var seeds = Corpus.Edit(NewsText, "soldiers arrived.", "soldiers arrived in 42 trucks.");
        foreach (var file in seeds.ToAdditionalTexts())
        {
            var path = Path.Combine(project, "seeds", file.Path.Substring(SeedSet.Folder.Length));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.GetText(TestContext.Current.CancellationToken)!.ToString());
        }
        File.WriteAllText(Path.Combine(project, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(BuildFiles, "KzDataset.Generator.props")}" />
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <RootNamespace>Corpus</RootNamespace>
                <KzWarningsAsErrors>{(kzWarningsAsErrors ? "true" : "false")}</KzWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{RepositoryPaths.Combine("src", "KzDataset.Runtime", "KzDataset.Runtime.csproj")}" />
                <ProjectReference Include="{RepositoryPaths.Combine("generator", "KzDataset.Generator", "KzDataset.Generator.csproj")}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{RepositoryPaths.Combine("generator", "KzDataset.Core", "KzDataset.Core.csproj")}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{RepositoryPaths.Combine("src", "KzDataset.Format", "KzDataset.Format.csproj")}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{Path.Combine(BuildFiles, "KzDataset.Generator.targets")}" />
            </Project>
            """);
        var build = DotnetProcess.Run(new[] { "build", "-nologo", "-v:q", "-p:UseSharedCompilation=false", "-nodeReuse:false" }, TimeSpan.FromMinutes(8), workingDirectory: project);
        return (build.ExitCode, build.Output + build.Errors);
    }
}
