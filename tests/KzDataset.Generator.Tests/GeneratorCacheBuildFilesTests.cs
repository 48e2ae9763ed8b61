using System;
using System.IO;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The generator's build files turn on the compiler server's generator cache for the project that
/// imports them (evaluated by MSBuild, as a consuming project's build evaluates it), keep the
/// project's own compiler features, and leave it off when the project says KzGeneratorCache=false.
/// </summary>
public sealed class GeneratorCacheBuildFilesTests
{
    private static readonly string BuildFiles = RepositoryPaths.Combine("generator", "KzDataset.Generator", "buildTransitive");

    [Theory]
    [InlineData("", "enable-generator-cache")]
    [InlineData("-p:KzGeneratorCache=false", "")]
    public void A_consuming_project_compiles_with_the_generator_cache_unless_it_opts_out(string property, string expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kz-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var project = Path.Combine(folder, "Corpus.csproj");
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{Path.Combine(BuildFiles, "KzDataset.Generator.props")}" />
                  <PropertyGroup>
                    <TargetFramework>net8.0</TargetFramework>
                    <Features>strict</Features>
                  </PropertyGroup>
                  <Import Project="{Path.Combine(BuildFiles, "KzDataset.Generator.targets")}" />
                </Project>
                """);
            var arguments = property.Length == 0
                ? new[] { "msbuild", project, "-nologo", "-getProperty:Features" }
                : new[] { "msbuild", project, "-nologo", "-getProperty:Features", property };

            var result = DotnetProcess.Run(arguments, TimeSpan.FromMinutes(2), workingDirectory: folder);

            Assert.True(result.ExitCode == 0, result.Output + result.Errors);
            var features = result.Output.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(expected.Length == 0 ? new[] { "strict" } : new[] { "strict", expected }, features);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
