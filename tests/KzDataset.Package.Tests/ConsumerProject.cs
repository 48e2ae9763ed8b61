using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using KzDataset.Testing;

namespace KzDataset.Package.Tests;

/// <summary>
/// A fresh project made by <c>dotnet new</c> in the feed's folder, its project file then edited as a user would:
/// package references and a consumer's strict settings (warnings as errors, nullable, documentation file), so the
/// generated code is proven clean under them.
/// </summary>
internal sealed class ConsumerProject
{
    // The template engine keeps per-user state; one `dotnet new` at a time.
    private static readonly SemaphoreSlim NewProject = new(1, 1);

    private readonly PackageFeed _feed;

    private ConsumerProject(PackageFeed feed, string name)
    {
        _feed = feed;
        Name = name;
        Directory = Path.Combine(feed.Root, "projects", name);
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Creates the project from a template ("console" or "classlib") with the strict settings.</summary>
    public static async Task<ConsumerProject> CreateAsync(PackageFeed feed, string template, string name, CancellationToken cancellationToken)
    {
        var project = new ConsumerProject(feed, name);
        await NewProject.WaitAsync(cancellationToken);
        try
        {
            var created = await feed.RunDotnetAsync(feed.Root, ["new", template, "-o", project.Directory, "-n", name, "--framework", "net10.0", "--no-restore"], cancellationToken);
            created.AssertSucceeded();
        }
        finally
        {
            NewProject.Release();
        }
        // The template's placeholder class would only need a documentation comment.
        File.Delete(Path.Combine(project.Directory, "Class1.cs"));
        project.AddProperty("TreatWarningsAsErrors", "true");
        project.AddProperty("Nullable", "enable");
        project.AddProperty("GenerateDocumentationFile", "true");
        return project;
    }

    public void AddProperty(string name, string value) => Edit(project =>
    {
        var group = project.Elements("PropertyGroup").First();
        group.Elements(name).Remove();
        group.Add(new XElement(name, value));
    });

    public void AddPackage(string id) => AddItem("PackageReference", id, new XAttribute("Version", _feed.Version));

    public void AddProjectReference(ConsumerProject reference) => AddItem("ProjectReference", reference.ProjectFile);

    public void AddItem(string type, string include, params XAttribute[] metadata) =>
        Edit(project => project.Add(new XElement("ItemGroup", new XElement(type, new XAttribute("Include", include), metadata))));

    /// <summary>Writes a file of the project (Program.cs, a seed), creating its folder.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<ProcessResult> BuildAsync(CancellationToken cancellationToken) =>
        _feed.RunDotnetAsync(Directory, ["build", "-tl:off"], cancellationToken);

    /// <summary>Runs the built program; its standard output is only what the program wrote.</summary>
    public Task<ProcessResult> RunAsync(CancellationToken cancellationToken) =>
        _feed.RunDotnetAsync(Directory, ["run", "--no-build"], cancellationToken);

    private void Edit(System.Action<XElement> change)
    {
        var document = XDocument.Load(ProjectFile);
        change(document.Root!);
        document.Save(ProjectFile);
    }
}
