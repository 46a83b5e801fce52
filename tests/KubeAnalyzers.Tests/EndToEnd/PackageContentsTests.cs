using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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

    /// <summary>
    /// The analyzer assembly is a netstandard2.0 assembly with all its IL, and carries ReadyToRun code for linux-x64
    /// (src/KubeAnalyzers/KubeAnalyzers.csproj): a PE file whose machine is x64 marked for Linux, with a native header. The code
    /// fixes, which builds never run, are IL only.
    /// </summary>
    [Fact]
    public void AnalyzerAssembly_IsNetStandardIL_WithReadyToRunCodeForLinuxX64()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);

        var analyzers = ReadHeaders(zip, "analyzers/dotnet/cs/KubeAnalyzers.dll");
        Assert.Equal(".NETStandard,Version=v2.0", analyzers.TargetFramework);
        Assert.Equal(0, analyzers.MethodsWithoutIL);
        Assert.Equal(LinuxX64, analyzers.Machine);
        Assert.True(analyzers.NativeHeaderSize > 0);

        var fixes = ReadHeaders(zip, "analyzers/dotnet/cs/KubeAnalyzers.CodeFixes.dll");
        Assert.Equal(".NETStandard,Version=v2.0", fixes.TargetFramework);
        Assert.Equal(Machine.I386, fixes.Machine);
        Assert.Equal(0, fixes.NativeHeaderSize);
    }

    /// <summary>The machine crossgen2 writes for Linux on x64: AMD64 xor the Linux marker (0x7B79).</summary>
    private const Machine LinuxX64 = (Machine)(0x8664 ^ 0x7B79);

    private static (string? TargetFramework, int MethodsWithoutIL, Machine Machine, int NativeHeaderSize) ReadHeaders(ZipArchive zip, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = zip.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        string? targetFramework = null;
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                var value = metadata.GetBlobReader(attribute.Value);
                value.ReadUInt16();
                targetFramework = value.ReadSerializedString();
            }
        }

        // Every method that has a body in C# keeps its IL (abstract and runtime-implemented delegate methods have none).
        var withoutIL = metadata.MethodDefinitions.Select(metadata.GetMethodDefinition).Count(m =>
            m.RelativeVirtualAddress == 0
            && (m.Attributes & System.Reflection.MethodAttributes.Abstract) == 0
            && (m.ImplAttributes & System.Reflection.MethodImplAttributes.Runtime) == 0);
        return (targetFramework, withoutIL, pe.PEHeaders.CoffHeader.Machine, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
    }
}
