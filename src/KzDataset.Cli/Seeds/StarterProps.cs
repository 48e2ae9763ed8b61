namespace KzDataset.Cli.Seeds;

/// <summary>
/// The Directory.Build.props <c>kz init</c> writes beside a new seeds folder, in the project's folder: KZ warnings
/// become errors, because MSBuild skips an unchanged compile and never shows its warnings again.
/// </summary>
internal static class StarterProps
{
    public const string FileName = "Directory.Build.props";

    public const string Property = "<KzWarningsAsErrors>true</KzWarningsAsErrors>";

    // A Directory.Build.props stops MSBuild's search for one in the folders above: import that one, if any.
    public const string Content = $"""
        <Project>
          <PropertyGroup>
            <KzParentBuildProps>$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)..'))</KzParentBuildProps>
          </PropertyGroup>
          <Import Project="$(KzParentBuildProps)" Condition="'$(KzParentBuildProps)' != ''" />
          <PropertyGroup>
            <!-- Every KZ warning (a number or quotation nobody annotated…) fails the build, so it cannot scroll away:
                 MSBuild does not show the warnings of a compile it skips because nothing changed. -->
            {Property}
          </PropertyGroup>
        </Project>

        """;
}
