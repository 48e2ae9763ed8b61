using System.Linq;
using System.Reflection;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>A step's tracking name is the name of its constant, so a test's expectation reads as the step it names.</summary>
public sealed class TrackingNamesTests
{
    [Fact]
    public void Every_tracking_name_is_its_member_name()
    {
        var constants = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();

        Assert.NotEmpty(constants);
        Assert.All(constants, f => Assert.Equal(f.Name, (string)f.GetRawConstantValue()!));
    }
}
