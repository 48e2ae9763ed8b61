using KzDataset.Interactive.Tests;
using Xunit;

// One kernel with the extension loaded from the packed package, shared by every test.
[assembly: AssemblyFixture(typeof(PackedExtension))]

namespace KzDataset.Interactive.Tests
{
    /// <summary>Formatter registrations are process-wide: the tests that format or reset them run one at a time.</summary>
    [CollectionDefinition(Name)]
    public sealed class FormatterCollection
    {
        public const string Name = "Formatter";
    }
}
