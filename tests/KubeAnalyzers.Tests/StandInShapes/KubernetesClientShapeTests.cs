using System.Linq;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KubeAnalyzers.Tests.StandInShapes;

/// <summary>
/// Pins the shape of the stand-in KubernetesClient members the analyzers depend on, as API-SHAPES.md
/// records them from the real client: a rule that works on a wrong shape does not work for users.
/// </summary>
public class KubernetesClientShapeTests
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static Compilation Compile(StandIn standIn, string source = "")
        => CSharpCompilation.Create("Shape", [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))], StandIns.For(standIn), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static INamedTypeSymbol Type(StandIn standIn, string name)
        => Compile(standIn).GetTypeByMetadataName("k8s.Models." + name) ?? throw new Xunit.Sdk.XunitException($"k8s.Models.{name} is missing from {standIn}");

    private static IPropertySymbol Property(StandIn standIn, string type, string name) => Type(standIn, type).GetMembers(name).OfType<IPropertySymbol>().Single();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, true)]
    [InlineData(StandIn.KubernetesClientClasses, false)]
    public void ContainerPort_HasTheClientsMembers(StandIn standIn, bool isRecord)
    {
        var type = Type(standIn, "V1ContainerPort");
        Assert.Equal(isRecord, type.IsRecord);
        Assert.Equal("int?", Property(standIn, "V1ContainerPort", "HostPort").Type.ToDisplayString(Format));
        Assert.Equal("int", Property(standIn, "V1ContainerPort", "ContainerPort").Type.ToDisplayString(Format));
        Assert.Equal(isRecord, Property(standIn, "V1ContainerPort", "ContainerPort").IsRequired);
        Assert.False(Property(standIn, "V1ContainerPort", "HostPort").IsRequired);
        Assert.Equal("string", Property(standIn, "V1ContainerPort", "HostIP").Type.ToDisplayString(Format));
        Assert.Equal("string", Property(standIn, "V1ContainerPort", "Protocol").Type.ToDisplayString(Format));
        var jsonName = Property(standIn, "V1ContainerPort", "HostIP").GetAttributes().Single(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute");
        Assert.Equal("hostIP", jsonName.ConstructorArguments.Single().Value);
    }

    [Fact]
    public void ClassShape_HasParameterlessAndAllPropertiesConstructors()
    {
        var constructors = Type(StandIn.KubernetesClientClasses, "V1ContainerPort").InstanceConstructors.Select(c => c.ToDisplayString(Format)).OrderBy(s => s.Length).ToList();
        Assert.Equal(
            [
                "k8s.Models.V1ContainerPort.V1ContainerPort()",
                "k8s.Models.V1ContainerPort.V1ContainerPort(int containerPort, string hostIP = null, int? hostPort = null, string name = null, string protocol = null)",
            ],
            constructors);
    }

    [Fact]
    public void RecordShape_HasNoConstructorButTheImplicitOnes()
    {
        // From metadata the compiler's parameterless and copy constructors look declared: check their signatures.
        var constructors = Type(StandIn.KubernetesClientRecords, "V1ContainerPort").InstanceConstructors;
        Assert.Equal(2, constructors.Length);
        Assert.Contains(constructors, c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public);
        Assert.Contains(constructors, c => c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, c.ContainingType) && c.DeclaredAccessibility == Accessibility.Protected);
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public void PodSpec_HasTheHostNamespaceAndDnsMembers(StandIn standIn)
    {
        Assert.Equal("bool?", Property(standIn, "V1PodSpec", "HostNetwork").Type.ToDisplayString(Format));
        Assert.Equal("bool?", Property(standIn, "V1PodSpec", "HostPID").Type.ToDisplayString(Format));
        Assert.Equal("bool?", Property(standIn, "V1PodSpec", "HostIPC").Type.ToDisplayString(Format));
        Assert.Equal("bool?", Property(standIn, "V1PodSpec", "HostUsers").Type.ToDisplayString(Format));
        Assert.Equal("string", Property(standIn, "V1PodSpec", "DnsPolicy").Type.ToDisplayString(Format));
        Assert.Equal("System.Collections.Generic.IList<k8s.Models.V1Container>", Property(standIn, "V1PodSpec", "Containers").Type.ToDisplayString(Format));
        Assert.Equal("System.Collections.Generic.IList<k8s.Models.V1ContainerPort>", Property(standIn, "V1Container", "Ports").Type.ToDisplayString(Format));
        Assert.Equal("System.Collections.Generic.IList<k8s.Models.V1ContainerPort>", Property(standIn, "V1EphemeralContainer", "Ports").Type.ToDisplayString(Format));
        Assert.Equal("int?", Property(standIn, "V1DeploymentSpec", "Replicas").Type.ToDisplayString(Format));
        Assert.Equal("string", Property(standIn, "V1ObjectMeta", "NamespaceProperty").Type.ToDisplayString(Format));
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "k8s.Models.IntOrString")]
    [InlineData(StandIn.KubernetesClientClasses, "k8s.Models.IntstrIntOrString")]
    public void RollingUpdate_UsesTheShapesIntOrString(StandIn standIn, string intOrString)
    {
        Assert.Equal(intOrString, Property(standIn, "V1RollingUpdateDeployment", "MaxSurge").Type.ToDisplayString(Format));
        Assert.Equal(intOrString, Property(standIn, "V1RollingUpdateDaemonSet", "MaxSurge").Type.ToDisplayString(Format));
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public void Kinds_CarryTheirEntityConstantsAndInterfaces(StandIn standIn)
    {
        var deployment = Type(standIn, "V1Deployment");
        Assert.Equal("Deployment", deployment.GetMembers("KubeKind").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("apps", deployment.GetMembers("KubeGroup").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("v1", deployment.GetMembers("KubeApiVersion").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("deployments", deployment.GetMembers("KubePluralName").OfType<IFieldSymbol>().Single().ConstantValue);
        var interfaces = deployment.AllInterfaces.Select(i => i.ToDisplayString(Format)).ToList();
        Assert.Contains("k8s.IKubernetesObject<k8s.Models.V1ObjectMeta>", interfaces);
        Assert.Contains("k8s.ISpec<k8s.Models.V1DeploymentSpec>", interfaces);
        Assert.Contains("k8s.IItems<k8s.Models.V1Deployment>", Type(standIn, "V1DeploymentList").AllInterfaces.Select(i => i.ToDisplayString(Format)));
        Assert.Contains("k8s.IMetadata<k8s.Models.V1ObjectMeta>", Type(standIn, "V1PodTemplateSpec").AllInterfaces.Select(i => i.ToDisplayString(Format)));
        Assert.Contains(deployment.GetAttributes(), a => a.AttributeClass?.Name == "KubernetesEntityAttribute");
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "Corev1EndpointPort")]
    [InlineData(StandIn.KubernetesClientRecords, "Discoveryv1EndpointPort")]
    [InlineData(StandIn.KubernetesClientRecords, "Eventsv1Event")]
    [InlineData(StandIn.KubernetesClientClasses, "Corev1Event")]
    [InlineData(StandIn.KubernetesClientClasses, "V2HorizontalPodAutoscaler")]
    [InlineData(StandIn.KubernetesClientClasses, "V1PodDisruptionBudget")]
    [InlineData(StandIn.KubernetesClientRecords, "V1NetworkPolicy")]
    [InlineData(StandIn.KubernetesClientRecords, "V1CronJob")]
    public void Definitions_AreNamedAsTheClientNamesThem(StandIn standIn, string name) => Type(standIn, name);

    [Fact]
    public void RecordShape_CompilesTheIssuesExample()
    {
        var compilation = Compile(StandIn.KubernetesClientRecords, """
            using k8s.Models;
            class C
            {
                V1Pod Pod() => new V1Pod { Spec = new() { HostNetwork = true, Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, HostPort = 8080 }] }] } };
                V1RollingUpdateDeployment Rolling() => new() { MaxSurge = 0, MaxUnavailable = "25%" };
            }
            """);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void RecordShape_RequiresTheRequiredMembers()
    {
        var compilation = Compile(StandIn.KubernetesClientRecords, "class C { k8s.Models.V1ContainerPort P() => new() { HostPort = 8080 }; }");
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS9035"); // Required member 'ContainerPort' must be set.
    }

    [Fact]
    public void ClassShape_CompilesTheIssuesExample()
    {
        var compilation = Compile(StandIn.KubernetesClientClasses, """
            using System.Collections.Generic;
            using k8s.Models;
            class C
            {
                V1ContainerPort Named() => new V1ContainerPort(80, hostPort: 8080);
                V1ContainerPort Positional() => new V1ContainerPort(80, null, 8080);
                V1PodSpec Spec() => new V1PodSpec(new List<V1Container> { new V1Container("a") }, hostNetwork: true);
                V1RollingUpdateDeployment Rolling() => new V1RollingUpdateDeployment { MaxSurge = 0, MaxUnavailable = "25%" };
            }
            """);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
