using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KzDataset.Core.Drafting;
using KzDataset.Core.Parsing;

namespace KzDataset.Cli.Commands;

/// <summary>
/// <c>kz draft DIR</c> (or <c>kz draft FILE.txt</c>): a first annotation of every text without a
/// sidecar, every item marked for review (KZ0500); new people appended to the registry. Never
/// overwrites a sidecar; <c>--update</c> adds to existing sidecars what they do not cover yet.
/// </summary>
internal static class DraftCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("PATH") { Description = "A seeds folder (every text in it without a sidecar is drafted), or one text file in it." };
        var update = new Option<bool>("--update") { Description = "Also draft, for texts that have a sidecar, what the sidecar does not cover yet (appended, marked for review; nothing existing changes)." };
        var command = new Command("draft", "Draft a first annotation (quotes, turns, figures, exclusions, outlet and date) of plain texts, every item marked for review.") { target, update };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(target)!, result.GetValue(update))));
        return command;
    }

    private static int Run(CliContext context, string target, bool update)
    {
        var isFile = target.EndsWith(".txt", StringComparison.Ordinal);
        if (isFile && !File.Exists(target)) throw new CliException($"no such text: '{target}'");
        var folder = isFile ? Path.GetDirectoryName(Path.GetFullPath(target))! : target;
        if (!Directory.Exists(folder)) throw new CliException($"no such folder: '{target}'");
        var texts = isFile
            ? new List<string> { Path.GetFullPath(target) }
            : Directory.GetFiles(folder).Where(f => SeedLayout.KindOf(folder, f) == SeedKind.Text).OrderBy(f => f, StringComparer.Ordinal).ToList();

        DraftContext draft;
        try
        {
            draft = DraftContext.Load(folder);
        }
        catch (DraftException ex)
        {
            throw new CliException(ex.Message);
        }

        int drafted = 0, updated = 0, kept = 0, proposed = 0, toReview = 0;
        foreach (var path in texts)
        {
            var sidecar = Path.ChangeExtension(path, ".json");
            var exists = File.Exists(sidecar);
            if (exists && !update)
            {
                kept++;
                continue;
            }
            var text = Read(path);
            DraftResult result;
            try
            {
                result = exists ? Drafter.Update(Path.GetFileName(path), text, Read(sidecar), draft) : Drafter.Draft(Path.GetFileName(path), text, draft);
            }
            catch (DraftException ex)
            {
                throw new CliException(ex.Message);
            }
            if (exists) Write(sidecar, result.SidecarJson, overwrite: true);
            else Write(sidecar, result.SidecarJson, overwrite: false);
            if (exists) updated++;
            else drafted++;
            proposed += result.ItemsProposed;
            toReview += result.ItemsToReview;
        }

        var registry = Path.Combine(folder, SeedLayout.RegistryFolder);
        AppendRegistry(Path.Combine(registry, "people.json"), "people", draft.ProposedPeople.Select(JsonListAppender.Entry).ToList());
        AppendRegistry(Path.Combine(registry, "outlets.json"), "outlets", draft.ProposedOutlets.Select(JsonListAppender.Entry).ToList());

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{folder}: {Format.Count(drafted, "text")} drafted{(update ? $", {Format.Count(updated, "sidecar")} updated" : kept > 0 ? $", {Format.Count(kept, "text")} left as they are (a sidecar exists; --update adds to it)" : string.Empty)}; " +
            $"{Format.Count(proposed, "item")} proposed, {Format.Count(toReview, "item")} to review (KZ0500), {Format.Count(draft.ProposedPeople.Count, "new person", "new people")} in the registry");
        context.Output.WriteLine(Printable.Text(summary));
        return 0;
    }

    private static void AppendRegistry(string path, string list, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0) return;
        var json = File.Exists(path) ? Read(path) : "{\n  \"$schema\": \"../schema/" + list + ".schema.json\"\n}\n";
        try
        {
            Write(path, JsonListAppender.Append(json, list, entries, path), overwrite: true);
        }
        catch (DraftException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {ex.Message}");
        }
    }

    private static void Write(string path, string content, bool overwrite)
    {
        try
        {
            // CreateNew: a sidecar a person wrote is never overwritten, even one written since the folder was listed.
            using var stream = new FileStream(path, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            var bytes = Utf8.GetBytes(content);
            stream.Write(bytes, 0, bytes.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {ex.Message}");
        }
    }
}
