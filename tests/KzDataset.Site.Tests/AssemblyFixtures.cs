using KzDataset.Site.Tests;
using Xunit;

// The sites are built once and chromium is launched once for every test class.
[assembly: AssemblyFixture(typeof(SiteFixture))]
