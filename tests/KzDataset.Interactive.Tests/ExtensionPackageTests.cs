using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace KzDataset.Interactive.Tests;

/// <summary>The KzDataset.Runtime package carries the extension where the kernel looks, and no notebook dependency.</summary>
public sealed class ExtensionPackageTests(PackedExtension packed)
{
    [Fact]
    public void The_runtime_package_holds_the_extension_under_interactive_extensions_dotnet()
    {
        using var package = ZipFile.OpenRead(packed.Package);

        var extensionFiles = package.Entries.Where(e => e.FullName.StartsWith("interactive-extensions/", StringComparison.Ordinal)).Select(e => e.FullName);

        Assert.Equal(["interactive-extensions/dotnet/KzDataset.Interactive.dll"], extensionFiles);
        Assert.Contains(package.Entries, e => e.FullName == "lib/net8.0/KzDataset.Runtime.dll");
    }

    [Fact]
    public void The_runtime_package_depends_on_nothing()
    {
        using var package = ZipFile.OpenRead(packed.Package);
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();

        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency");

        Assert.Empty(dependencies);
    }

    [Fact]
    public void The_kernel_finds_one_extension_in_the_folder_and_it_is_the_packed_one()
    {
        var extension = Assert.Single(packed.Loaded);

        Assert.Equal("KzDataset.Interactive.KzDatasetKernelExtension", extension.GetType().FullName);
        Assert.Equal(Path.Combine(packed.ExtensionFolder, "KzDataset.Interactive.dll"), extension.GetType().Assembly.Location);
    }
}
