using System.IO;
using System.Linq;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Model;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KubeAnalyzers.Tests.Performance;

/// <summary>
/// Where the front-ends look for the libraries' types: in the compilation's own source and in the assemblies the packages ship
/// (KubernetesClient, KubernetesClient.*, Pulumi.Kubernetes), never by asking each of a project's ~200 references.
/// </summary>
public class LibraryTypesTests
{
    private const string ModelSource = """
        namespace k8s.Models
        {
            public class V1PodSpec { public bool? HostNetwork { get; set; } }
            public class V1Container { public string Name { get; set; } = ""; }
        }
        """;

    [Theory]
    [InlineData("KubernetesClient")]
    [InlineData("KubernetesClient.Classic")]
    [InlineData("KubernetesClient.Models")]
    public void ModelsInAnAssemblyOfTheClientsPackages_AreFound(string assemblyName)
    {
        var compilation = CompileAgainst(assemblyName);

        var client = Assert.IsType<KubernetesClientFrontEnd>(Assert.Single(FrontEndSet.Create(compilation).FrontEnds));
        Assert.Equal("PodSpec", client.GetKind(compilation.GetTypeByMetadataName("k8s.Models.V1PodSpec")));
        Assert.Equal("Container", client.GetKind(compilation.GetTypeByMetadataName("k8s.Models.V1Container")));
    }

    [Theory]
    [InlineData("Contoso.Kubernetes")]
    [InlineData("KubernetesClientExtras")]
    public void ModelsInAnyOtherAssembly_AreNotLookedFor(string assemblyName)
    {
        Assert.True(FrontEndSet.Create(CompileAgainst(assemblyName)).IsEmpty);
    }

    [Fact]
    public void ModelsDefinedInTheCompilationItself_AreFound()
    {
        var compilation = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(ModelSource)], StandIns.For(StandIn.None));

        Assert.Equal([FrontEndKind.KubernetesClientClasses], FrontEndSet.Create(compilation).FrontEnds.Select(f => f.Kind));
    }

    [Fact]
    public void PulumiCoreTypes_AreTheOnesPulumiKubernetesReferences()
    {
        var compilation = CSharpCompilation.Create("App", [], StandIns.For(StandIn.Pulumi));
        var pulumi = Assert.IsType<PulumiFrontEnd>(Assert.Single(FrontEndSet.Create(compilation).FrontEnds));
        var input = compilation.GetTypeByMetadataName("Pulumi.Input`1")!.Construct(compilation.GetSpecialType(SpecialType.System_Int32));
        var conversion = input.GetMembers("op_Implicit").OfType<IMethodSymbol>().First(m => m.Parameters[0].Type.SpecialType == SpecialType.System_Int32);

        Assert.True(pulumi.IsWrappingConversion(conversion));
    }

    [Fact]
    public void MayBeUsed_WithOnlyFrameworkReferences_IsFalse()
    {
        var compilation = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText("class V1Pod { }")], StandIns.For(StandIn.None));

        Assert.False(FrontEndSet.MayBeUsed(compilation));
    }

    [Theory]
    [InlineData("/packages/kubernetesclient/18.0.5/lib/net8.0/KubernetesClient.dll")]
    [InlineData("/packages/kubernetesclient.classic/17.0.14/lib/netstandard2.0/KubernetesClient.Classic.dll")]
    [InlineData("/packages/pulumi.kubernetes/4.18.0/lib/net6.0/Pulumi.Kubernetes.dll")]
    public void MayBeUsed_WithAReferenceFileOfAPackage_IsTrue(string path)
    {
        var reference = MetadataReference.CreateFromImage(Emit("Library", "class Placeholder { }"), filePath: path);

        Assert.True(FrontEndSet.MayBeUsed(CSharpCompilation.Create("App", [], StandIns.For(StandIn.None).Add(reference))));
    }

    [Fact]
    public void MayBeUsed_WithAProjectReferenceNamedLikeAPackage_IsTrue()
    {
        var project = CSharpCompilation.Create("Pulumi.Kubernetes", [], StandIns.For(StandIn.None)).ToMetadataReference();

        Assert.True(FrontEndSet.MayBeUsed(CSharpCompilation.Create("App", [], StandIns.For(StandIn.None).Add(project))));
    }

    [Fact]
    public void MayBeUsed_WhenTheSourceDeclaresTheModels_IsTrue()
    {
        var compilation = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(ModelSource)], StandIns.For(StandIn.None));

        Assert.True(FrontEndSet.MayBeUsed(compilation));
    }

    [Fact]
    public void MayBeUsed_WithAnInMemoryReferenceOfNoKnownName_IsTrue()
    {
        var reference = MetadataReference.CreateFromImage(Emit("Library", "class Placeholder { }"));

        Assert.True(FrontEndSet.MayBeUsed(CSharpCompilation.Create("App", [], StandIns.For(StandIn.None).Add(reference))));
    }

    private static byte[] Emit(string assemblyName, string source)
    {
        var library = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source)], StandIns.For(StandIn.None), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(library.Emit(stream).Success);
        return stream.ToArray();
    }

    /// <summary>A compilation that references the models compiled into an assembly named <paramref name="assemblyName"/>.</summary>
    private static CSharpCompilation CompileAgainst(string assemblyName)
    {
        var reference = MetadataReference.CreateFromImage(Emit(assemblyName, ModelSource));
        return CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText("class C { }")], StandIns.For(StandIn.None).Add(reference));
    }
}
