using KzDataset.Testing;
using Xunit;

// One pack per test run, shared by every test class.
[assembly: AssemblyFixture(typeof(PackageFeed))]
