using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.Loader;
using System.Threading.Tasks;
using KzDataset.Testing;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Xunit;

namespace KzDataset.Interactive.Tests;

/// <summary>
/// KzDataset.Runtime packed into a temporary folder (its Release build kept there too), the package
/// unpacked, and every assembly of its <c>interactive-extensions/dotnet/</c> folder loaded the way the
/// .NET Interactive kernel loads a package's extensions: into the default load context, each exported
/// <see cref="IKernelExtension"/> created and given the kernel.
/// </summary>
public sealed class PackedExtension : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kz-interactive-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public string Package { get; private set; } = "";

    public string ExtensionFolder => Path.Combine(_root, "unpacked", "interactive-extensions", "dotnet");

    public CompositeKernel Kernel { get; } = new() { new CSharpKernel() };

    public IReadOnlyList<IKernelExtension> Loaded { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "pack", RepositoryPaths.Combine("src", "KzDataset.Runtime", "KzDataset.Runtime.csproj"), "-c", "Release",
                     "-o", Path.Combine(_root, "feed"), "--artifacts-path", Path.Combine(_root, "artifacts"), "-tl:off", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }
        using var pack = Process.Start(start)!;
        var output = pack.StandardOutput.ReadToEndAsync();
        var error = pack.StandardError.ReadToEndAsync();
        await pack.WaitForExitAsync();
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{await output}\n{await error}");

        Package = Directory.GetFiles(Path.Combine(_root, "feed"), "KzDataset.Runtime.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        ZipFile.ExtractToDirectory(Package, Path.Combine(_root, "unpacked"));

        var loaded = new List<IKernelExtension>();
        foreach (var dll in Directory.GetFiles(ExtensionFolder, "*.dll"))
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
            foreach (var type in assembly.ExportedTypes.Where(t => !t.IsAbstract && !t.IsInterface && typeof(IKernelExtension).IsAssignableFrom(t)))
            {
                var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                await extension.OnLoadAsync(Kernel);
                loaded.Add(extension);
            }
        }
        Loaded = loaded;
    }

    public ValueTask DisposeAsync()
    {
        Kernel.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
