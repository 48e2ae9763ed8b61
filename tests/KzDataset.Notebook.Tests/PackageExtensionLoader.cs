using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reactive.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace KzDataset.Notebook.Tests;

/// <summary>
/// Loads the kernel extensions a NuGet package carries under <c>interactive-extensions/dotnet/</c> when a
/// <c>#r "nuget: …"</c> brings it in, as the dotnet-interactive tool (and so VS Code's Polyglot Notebooks) does:
/// that loader lives in the tool, not in a library package, so the in-process host needs its own. Same contract:
/// after the command that restored a package, every public non-abstract <see cref="IKernelExtension"/> of each
/// DLL in that folder is created and given the composite kernel.
/// </summary>
internal static class PackageExtensionLoader
{
    public static CompositeKernel UsePackageExtensions(this CompositeKernel kernel)
    {
        var added = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        kernel.RegisterForDisposal(kernel.KernelEvents
            .OfType<PackageAdded>()
            .Select(e => e.PackageReference.PackageRoot)
            .Where(root => !string.IsNullOrEmpty(root) && seen.TryAdd(root, true))
            .Subscribe(added.Enqueue));

        // After the command, as the tool does: the package's assemblies are referenced by then.
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            while (added.TryDequeue(out var root))
            {
                var folder = Path.Combine(root, "interactive-extensions", "dotnet");
                if (Directory.Exists(folder))
                {
                    await LoadAsync(folder, kernel, context);
                }
            }
        });
        return kernel;
    }

    private static async Task LoadAsync(string folder, CompositeKernel kernel, KernelInvocationContext context)
    {
        foreach (var dll in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
            foreach (var type in ExtensionTypes(assembly))
            {
                var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                await extension.OnLoadAsync(kernel);
                context.Publish(new KernelExtensionLoaded(extension, context.Command));
            }
        }
    }

    private static IEnumerable<Type> ExtensionTypes(Assembly assembly) =>
        assembly.ExportedTypes.Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false } && typeof(IKernelExtension).IsAssignableFrom(t));
}
