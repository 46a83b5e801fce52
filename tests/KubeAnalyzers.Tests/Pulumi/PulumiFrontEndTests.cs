using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Model;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>The Pulumi.Kubernetes front-end on its own: which types it knows, how it names fields, which values reach the object graph.</summary>
public class PulumiFrontEndTests
{
    private static CSharpCompilation Compile(StandIn standIn, string source)
    {
        var compilation = CSharpCompilation.Create(
            "Program",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            StandIns.For(standIn),
            // All members: lists and maps carry their [Input] attribute on a private backing field.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, metadataImportOptions: MetadataImportOptions.All));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private static PulumiFrontEnd FrontEnd(Compilation compilation) => Assert.IsType<PulumiFrontEnd>(Assert.Single(FrontEndSet.Create(compilation).FrontEnds));

    [Fact]
    public void EveryModelKind_IsAnArgsClass()
    {
        var compilation = Compile(StandIn.Pulumi, "");
        var frontEnd = FrontEnd(compilation);
        foreach (var kind in KubernetesClientFrontEnd.ModelKinds)
        {
            var args = new[] { "Core", "Meta", "Apps", "Batch" }
                .Select(group => compilation.GetTypeByMetadataName($"Pulumi.Kubernetes.Types.Inputs.{group}.V1.{kind}Args"))
                .Single(type => type is not null);
            Assert.Equal(kind, frontEnd.GetKind(args));
        }

        Assert.Null(frontEnd.GetKind(compilation.GetTypeByMetadataName("Pulumi.Kubernetes.Apps.V1.Deployment")));
        Assert.Null(frontEnd.GetKind(compilation.GetTypeByMetadataName("Pulumi.Kubernetes.Types.Outputs.Core.V1.PodSpec")));
        Assert.Null(frontEnd.GetKind(compilation.GetTypeByMetadataName("Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecPatchArgs")));
    }

    /// <summary>The JSON names the front-end gives every property of every model kind are the SDK's own <c>[Input("...")]</c> names.</summary>
    [Fact]
    public void JsonNames_AreTheInputAttributeNames()
    {
        var compilation = Compile(StandIn.Pulumi, "");
        var frontEnd = FrontEnd(compilation);
        var checkedNames = 0;
        foreach (var args in KubernetesClientFrontEnd.ModelKinds.SelectMany(kind => new[] { "Core", "Meta", "Apps", "Batch" }
                     .Select(group => compilation.GetTypeByMetadataName($"Pulumi.Kubernetes.Types.Inputs.{group}.V1.{kind}Args"))
                     .OfType<INamedTypeSymbol>()))
        {
            // Lists and maps carry the attribute on their backing field, as in the SDK.
            var declared = args.GetMembers()
                .SelectMany(m => m.GetAttributes().Where(a => a.AttributeClass?.Name == "InputAttribute"))
                .Select(a => (string)a.ConstructorArguments[0].Value!)
                .OrderBy(n => n, System.StringComparer.Ordinal);
            var named = args.GetMembers().OfType<IPropertySymbol>()
                .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic)
                .Select(frontEnd.GetJsonName)
                .OrderBy(n => n, System.StringComparer.Ordinal);
            Assert.Equal(declared, named);
            checkedNames += named.Count();
        }

        Assert.True(checkedNames > 200, $"only {checkedNames} names checked");
    }

    [Theory]
    [InlineData("Core.V1.ContainerPortArgs", "ContainerPortValue", "containerPort")]
    [InlineData("Core.V1.ContainerPortArgs", "HostIP", "hostIP")]
    [InlineData("Core.V1.PodSpecArgs", "HostPID", "hostPID")]
    [InlineData("Core.V1.PodSpecArgs", "SetHostnameAsFQDN", "setHostnameAsFQDN")]
    [InlineData("Meta.V1.ObjectMetaArgs", "Namespace", "namespace")]
    public void JsonName_OfProperty(string type, string property, string expected)
    {
        var compilation = Compile(StandIn.Pulumi, "");
        var symbol = compilation.GetTypeByMetadataName("Pulumi.Kubernetes.Types.Inputs." + type)!.GetMembers(property).OfType<IPropertySymbol>().Single();
        Assert.Equal(expected, FrontEnd(compilation).GetJsonName(symbol));
    }

    /// <summary>Every user-defined conversion into an input type wraps its operand, except those from <c>Output&lt;T&gt;</c>.</summary>
    [Theory]
    [InlineData("Pulumi.Input`1")]
    [InlineData("Pulumi.InputList`1")]
    [InlineData("Pulumi.InputMap`1")]
    [InlineData("Pulumi.InputUnion`2")]
    public void WrappingConversions_AreThoseIntoTheInputFromAPlainValue(string inputType)
    {
        var compilation = Compile(StandIn.Pulumi, "");
        var frontEnd = FrontEnd(compilation);
        var conversions = compilation.GetTypeByMetadataName(inputType)!.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Conversion)
            .ToList();
        Assert.NotEmpty(conversions);
        foreach (var conversion in conversions)
        {
            var fromOutput = conversion.Parameters[0].Type.Name == "Output";
            var intoInput = SymbolEqualityComparer.Default.Equals(conversion.ReturnType, conversion.ContainingType);
            Assert.True(frontEnd.IsWrappingConversion(conversion) == (intoInput && !fromOutput), conversion.ToDisplayString());
        }
    }

    [Fact]
    public void IntOrStringAndMaps_ReachTheGraphAsConstants()
    {
        var node = BuildNode("""
            using System.Collections.Generic;
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            class Stacks
            {
                object Create(Output<string> later) => new DeploymentArgs
                {
                    Metadata = new ObjectMetaArgs
                    {
                        Labels = { { "app", "nginx" } },
                        Annotations = new InputMap<string> { ["team"] = "web", ["later"] = later },
                    },
                    Spec = new DeploymentSpecArgs
                    {
                        Replicas = 3,
                        Strategy = new DeploymentStrategyArgs
                        {
                            Type = "RollingUpdate",
                            RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = "25%" },
                        },
                        Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new Dictionary<string, string> { ["app"] = "nginx" } } },
                    },
                };
            }
            """, "DeploymentArgs");

        var metadata = Child(node, "metadata");
        Assert.Equal([("app", "nginx")], Entries(metadata.Get("labels")));
        Assert.Equal([("team", "web"), ("later", null)], Entries(metadata.Get("annotations")));
        var spec = Child(node, "spec");
        Assert.Equal(3, Constant(spec.Get("replicas")));
        var strategy = Child(spec, "strategy");
        Assert.Equal("RollingUpdate", Constant(strategy.Get("type")));
        var rollingUpdate = Child(strategy, "rollingUpdate");
        Assert.Equal("RollingUpdateDeployment", rollingUpdate.Kind);
        Assert.Equal(0, Constant(rollingUpdate.Get("maxSurge")));
        Assert.Equal("25%", Constant(rollingUpdate.Get("maxUnavailable")));
        Assert.Equal([("app", "nginx")], Entries(Child(Child(spec, "template"), "metadata").Get("labels")));
    }

    [Fact]
    public void OutputsAndConfiguration_AreUnknown()
    {
        var node = BuildNode("""
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;

            class Stacks
            {
                object Create(Output<int> replicas)
                {
                    var config = new Config();
                    return new RollingUpdateDeploymentArgs { MaxSurge = config.Require("maxSurge"), MaxUnavailable = Output.Create(1) };
                }
            }
            """, "RollingUpdateDeploymentArgs");

        Assert.IsType<UnknownGraphValue>(node.Get("maxSurge"));
        Assert.IsType<UnknownGraphValue>(node.Get("maxUnavailable"));
    }

    [Fact]
    public void MixedCompilation_HasBothFrontEnds()
    {
        var compilation = Compile(StandIn.PulumiAndKubernetesClientRecords, "");
        Assert.Equal(
            [FrontEndKind.KubernetesClientRecords, FrontEndKind.Pulumi],
            FrontEndSet.Create(compilation).FrontEnds.Select(f => f.Kind));
    }

    /// <summary>The object the first creation of <paramref name="typeName"/> in the program builds.</summary>
    private static ObjectNode BuildNode(string source, string typeName)
    {
        var compilation = Compile(StandIn.Pulumi, source);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var block = model.GetOperation(method)!;
        var creation = block.Descendants().OfType<IObjectCreationOperation>().First(c => c.Type?.Name == typeName);
        var graph = new GraphBuilder(FrontEndSet.Create(compilation), () => new LocalValues(ImmutableArray.Create(block)));
        return Assert.IsType<ObjectNode>(graph.GetNode(creation));
    }

    private static ObjectNode Child(ObjectNode node, string jsonName) => Assert.IsType<NodeGraphValue>(node.Get(jsonName)).Node;

    private static object? Constant(GraphValue? value) => Assert.IsType<ConstantGraphValue>(value).Value;

    private static IEnumerable<(string Key, object? Value)> Entries(GraphValue? value)
        => Assert.IsType<MapGraphValue>(value).Entries.Select(e => (e.Key, e.Value is ConstantGraphValue constant ? constant.Value : null));
}
