using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace KzDataset.Notebook.Tests;

/// <summary>
/// Native libraries of the notebooks' packages (SkiaSharp's, under ScottPlot), found for the whole
/// test process. The kernel resolves them only while it lives; a chart's native objects are often
/// finalized after their notebook's kernel is disposed, and a P/Invoke bound for the first time
/// there (SkiaSharp's delete functions) then found no library: an exception on the finalizer
/// thread, which ends the test process. Each library is loaded once and its handle kept.
/// </summary>
internal static class PackageNativeLibraries
{
    private static readonly ConcurrentDictionary<string, IntPtr> Loaded = new(StringComparer.Ordinal);
    private static string? _packagesFolder;
    private static int _registered;

    public static void ResolveFrom(string packagesFolder)
    {
        _packagesFolder = packagesFolder;
        if (System.Threading.Interlocked.Exchange(ref _registered, 1) == 0)
        {
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
        }
    }

    // Zero (not found here) lets the kernel's own resolver try, and is not kept.
    private static IntPtr Resolve(Assembly assembly, string name)
    {
        if (Loaded.TryGetValue(name, out var handle)) return handle;
        handle = Load(name);
        return handle == IntPtr.Zero ? handle : Loaded.GetOrAdd(name, handle);
    }

    private static IntPtr Load(string name)
    {
        if (_packagesFolder is not { } folder || !Directory.Exists(folder)) return IntPtr.Zero;
        var file = name.EndsWith(".so", StringComparison.Ordinal) ? name : (name.StartsWith("lib", StringComparison.Ordinal) ? name : "lib" + name) + ".so";
        var native = Path.Combine("runtimes", RuntimeInformation.RuntimeIdentifier, "native", file);
        var path = Directory.EnumerateDirectories(folder)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(version => Path.Combine(version, native))
            .FirstOrDefault(File.Exists);
        return path is not null && NativeLibrary.TryLoad(path, out var handle) ? handle : IntPtr.Zero;
    }
}
