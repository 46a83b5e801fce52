using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>What <c>dotnet pack src/KubeAnalyzers.Package</c> puts into the package, entry by entry.</summary>
[Collection(EndToEndCollection.Name)]
public class PackageContentsTests(PackedPackage package)
{
    [Fact]
    public void Pack_WritesKubeAnalyzersNupkg_WithExactlyTheAnalyzersReadmeLicenseAndNuGetParts()
    {
        Assert.Matches(@"^KubeAnalyzers\.[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\.nupkg$", Path.GetFileName(package.NupkgPath));
        using var zip = ZipFile.OpenRead(package.NupkgPath);

        var entries = zip.Entries.Select(e => e.FullName).Order(System.StringComparer.Ordinal);
        Assert.Equal(
            [
                "KubeAnalyzers.nuspec",
                "LICENSE",
                "README.md",
                "[Content_Types].xml",
                "_rels/.rels",
                "analyzers/dotnet/cs/KubeAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/KubeAnalyzers.dll",
                "package/services/metadata/core-properties/nuget.psmdcp",
            ],
            entries);
        Assert.Contains(package.Pack.Output.Split('\n'), line => line.Contains("Successfully created package", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependencyWithoutDependencies_WithLicenseReadmeTagsAndRepository()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        using var stream = zip.GetEntry("KubeAnalyzers.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        Assert.Equal("KubeAnalyzers", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", Element("license")!.Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/kubeanalyzers/kubeanalyzers", Value("projectUrl"));
        Assert.Equal("https://github.com/kubeanalyzers/kubeanalyzers", Element("repository")!.Attribute("url")?.Value);
        Assert.Equal("git", Element("repository")!.Attribute("type")?.Value);
        Assert.Equal("Copyright (c) 2026 KubeAnalyzers contributors", Value("copyright"));
        Assert.Subset(Value("tags")!.Split(' ').ToHashSet(), new[] { "kubernetes", "k8s", "roslyn", "analyzers" }.ToHashSet());
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));

        // Nothing flows to the consumer: no dependency group, no framework reference.
        Assert.Null(Element("dependencies"));
        Assert.Null(Element("frameworkAssemblies"));
        Assert.Null(Element("frameworkReferences"));
    }

    /// <summary>The install section's commands and reference are the ones the other end-to-end tests follow, at the packed version.</summary>
    [Fact]
    public void ReadmeInstallSection_PacksAndReferencesThePackedVersion()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        Assert.Contains("dotnet pack src/KubeAnalyzers.Package -c Release -o artifacts", readme, System.StringComparison.Ordinal);
        Assert.Contains($"artifacts/KubeAnalyzers.{package.Version}.nupkg", readme, System.StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"KubeAnalyzers\" Version=\"{package.Version}\" PrivateAssets=\"all\" />", readme, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Package_ReadmeAndLicense_AreTheRepositoryFiles()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        foreach (var name in new[] { "README.md", "LICENSE" })
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            Assert.Equal(File.ReadAllText(Repository.PathOf(name)), reader.ReadToEnd());
        }

        Assert.Contains("Copyright (c) 2026 KubeAnalyzers contributors", File.ReadAllText(Repository.PathOf("LICENSE")), System.StringComparison.Ordinal);
    }
}
