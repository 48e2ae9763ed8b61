using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;

namespace KzDataset.Interactive;

/// <summary>
/// Loaded by the .NET Interactive kernel from the <c>interactive-extensions/dotnet/</c> folder of the
/// KzDataset.Runtime package when a notebook adds a corpus package: registers the corpus formatters.
/// </summary>
public sealed class KzDatasetKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        KzFormatters.Register();
        return Task.CompletedTask;
    }
}
