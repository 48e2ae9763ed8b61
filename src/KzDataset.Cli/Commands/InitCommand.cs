using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using KzDataset.Cli.Seeds;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz init DIR</c>: writes a minimal valid seeds folder (one article, the registries, the JSON Schemas).</summary>
internal static class InitCommand
{
    private const string SchemaPrefix = "KzDataset.Cli.Schema.";

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The seeds folder to create (it must be empty or missing), usually seeds/ in a project that references KzDataset.Generator." };
        var command = new Command("init", "Write a minimal valid seeds folder: one example article, its sidecar, the registries and their JSON Schemas.") { directory };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(directory)!)));
        return command;
    }

    private static int Run(CliContext context, string directory)
    {
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
        {
            throw new CliException($"'{directory}' is not an empty folder; kz init never overwrites files");
        }
        try
        {
            foreach (var (path, content) in StarterCorpus.Files()) Write(context, directory, path, System.Text.Encoding.UTF8.GetBytes(content));
            var assembly = typeof(InitCommand).Assembly;
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SchemaPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                Write(context, directory, "schema/" + resource.Substring(SchemaPrefix.Length), EmbeddedFile.Read(assembly, resource));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write to '{directory}': {ex.Message}");
        }
        context.Output.WriteLine(Printable.Text($"Next: reference KzDataset.Generator from the project whose seeds folder this is, then build; or run 'kz check {directory}'."));
        return 0;
    }

    private static void Write(CliContext context, string directory, string relative, byte[] content)
    {
        var path = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        context.Output.WriteLine(Printable.Text(path));
    }
}
