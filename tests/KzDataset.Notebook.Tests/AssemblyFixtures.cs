using KzDataset.Testing;
using Xunit;

// One pack of the solution per test run, shared by every notebook.
[assembly: AssemblyFixture(typeof(PackageFeed))]
