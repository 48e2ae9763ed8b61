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
        if (context.SeedsDirectory is not null)
        {
            throw new CliException($"kz init takes the folder to create as its argument, not --seeds: kz init {context.SeedsDirectory}");
        }
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
        WriteProjectProps(context, directory);
        context.Output.WriteLine(Printable.Text($"Next: reference KzDataset.Generator from the project whose seeds folder this is, then build; or run 'kz check {directory}'."));
        return 0;
    }

    /// <summary>The Directory.Build.props that makes KZ warnings errors, in the seeds folder's parent (the project's folder); never over another.</summary>
    private static void WriteProjectProps(CliContext context, string directory)
    {
        var project = Path.GetDirectoryName(Path.GetFullPath(directory));
        if (project is null) return;
        var props = Path.Combine(project, StarterProps.FileName);
        if (File.Exists(props))
        {
            context.Output.WriteLine(Printable.Text($"{props} exists and was left as it is; add {StarterProps.Property} to a PropertyGroup there to make KZ warnings fail the build."));
            return;
        }
        try
        {
            File.WriteAllText(props, StarterProps.Content.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{props}': {ex.Message}");
        }
        context.Output.WriteLine(Printable.Text($"{props} (KzWarningsAsErrors: KZ warnings fail the build)"));
    }

    private static void Write(CliContext context, string directory, string relative, byte[] content)
    {
        var path = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        context.Output.WriteLine(Printable.Text(path));
    }
}
