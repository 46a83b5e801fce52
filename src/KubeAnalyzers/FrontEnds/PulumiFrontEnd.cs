using System.Collections.Generic;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// Pulumi.Kubernetes: the args classes (<c>Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs</c>), whose
    /// members are <c>Input&lt;T&gt;</c>, <c>InputList&lt;T&gt;</c>, <c>InputMap&lt;V&gt;</c> and <c>InputUnion&lt;T0, T1&gt;</c>,
    /// and the resources that deploy them (<c>new Pulumi.Kubernetes.Apps.V1.Deployment("web", args)</c>).
    /// </summary>
    internal sealed class PulumiFrontEnd : FrontEnd
    {
        /// <summary>The assembly of the Pulumi.Kubernetes package.</summary>
        internal const string AssemblyName = "Pulumi.Kubernetes";

        /// <summary>The args type that tells the library is there.</summary>
        internal const string AnchorTypeName = "PodSpecArgs";

        /// <summary>The API groups, as Pulumi names them, that hold the kinds the rules read.</summary>
        private static readonly string[] Groups = { "Core", "Meta", "Apps", "Batch" };

        private const string ArgsSuffix = "Args";

        /// <summary>The suffix Pulumi gives a property named like its own type (<c>ContainerPortArgs.ContainerPortValue</c>).</summary>
        private const string ClashSuffix = "Value";

        private readonly Dictionary<INamedTypeSymbol, string> _kinds;
        private readonly Dictionary<INamedTypeSymbol, INamedTypeSymbol> _resourceArgs;
        private readonly INamedTypeSymbol[] _inputTypes;
        private readonly INamedTypeSymbol? _output;

        private PulumiFrontEnd(Dictionary<INamedTypeSymbol, string> kinds, Dictionary<INamedTypeSymbol, INamedTypeSymbol> resourceArgs, INamedTypeSymbol[] inputTypes, INamedTypeSymbol? output)
        {
            _kinds = kinds;
            _resourceArgs = resourceArgs;
            _inputTypes = inputTypes;
            _output = output;
        }

        public override FrontEndKind Kind => FrontEndKind.Pulumi;

        /// <summary>The front-end for a compilation that references Pulumi.Kubernetes, or null.</summary>
        public static PulumiFrontEnd? TryCreate(Compilation compilation)
        {
            if (LibraryTypes.Find(compilation, AssemblyName, "Pulumi.Kubernetes.Types.Inputs.Core.V1." + AnchorTypeName) is not { } podSpec)
            {
                return null;
            }

            var kinds = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            var resourceArgs = new Dictionary<INamedTypeSymbol, INamedTypeSymbol>(SymbolEqualityComparer.Default);

            // The same kinds as the client's, so that both libraries feed the workload model the same objects.
            foreach (var kind in KubernetesClientFrontEnd.ModelKinds)
            {
                foreach (var group in Groups)
                {
                    if (LibraryTypes.Beside(podSpec, "Pulumi.Kubernetes.Types.Inputs." + group + ".V1." + kind + ArgsSuffix) is not { } args)
                    {
                        continue;
                    }

                    kinds[args] = kind;
                    if (LibraryTypes.Beside(podSpec, "Pulumi.Kubernetes." + group + ".V1." + kind) is { } resource && TakesArgs(resource, args))
                    {
                        resourceArgs[resource] = args;
                    }

                    break;
                }
            }

            var inputTypes = new List<INamedTypeSymbol>();
            foreach (var name in new[] { "Pulumi.Input`1", "Pulumi.InputList`1", "Pulumi.InputMap`1", "Pulumi.InputUnion`2" })
            {
                if (LibraryTypes.Referenced(podSpec, "Pulumi", name) is { } type)
                {
                    inputTypes.Add(type);
                }
            }

            return new PulumiFrontEnd(kinds, resourceArgs, inputTypes.ToArray(), LibraryTypes.Referenced(podSpec, "Pulumi", "Pulumi.Output`1"));
        }

        public override string? GetKind(ITypeSymbol? type)
            => type is INamedTypeSymbol named && _kinds.TryGetValue(named, out var kind) ? kind : null;

        public override IEnumerable<KeyValuePair<INamedTypeSymbol, string>> Kinds => _kinds;

        public override IEnumerable<INamedTypeSymbol> ResourceTypes => _resourceArgs.Keys;

        public override string GetJsonName(IPropertySymbol property)
        {
            var name = property.Name;
            if (GetKind(property.ContainingType) is { } kind && name.Length == kind.Length + ClashSuffix.Length
                && name.StartsWith(kind, System.StringComparison.Ordinal) && name.EndsWith(ClashSuffix, System.StringComparison.Ordinal))
            {
                name = kind;
            }

            return CamelCase(name);
        }

        public override string GetJsonName(IParameterSymbol parameter) => parameter.Name;

        public override bool StartsEmpty(IPropertySymbol property)
            => GetKind(property.ContainingType) is not null
               && property.Type.OriginalDefinition is INamedTypeSymbol { MetadataName: "InputList`1" or "InputMap`1", ContainingNamespace.Name: "Pulumi" } collection
               && System.Array.Exists(_inputTypes, input => SymbolEqualityComparer.Default.Equals(input, collection));

        /// <summary>
        /// <c>Input&lt;T&gt;</c>, <c>InputList&lt;T&gt;</c>, <c>InputMap&lt;V&gt;</c> and <c>InputUnion&lt;T0, T1&gt;</c> from a plain
        /// value, an array, a list or a dictionary; not from an <c>Output&lt;T&gt;</c>, whose value is only known during the deployment.
        /// </summary>
        public override bool IsWrappingConversion(IMethodSymbol conversion)
        {
            if (conversion.Parameters.Length != 1
                || !SymbolEqualityComparer.Default.Equals(conversion.ReturnType, conversion.ContainingType)
                || SymbolEqualityComparer.Default.Equals(conversion.Parameters[0].Type.OriginalDefinition, _output))
            {
                return false;
            }

            var input = conversion.ContainingType.OriginalDefinition;
            foreach (var inputType in _inputTypes)
            {
                if (SymbolEqualityComparer.Default.Equals(input, inputType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>new Deployment("nginx", args, options)</c>: the args are the Kubernetes object; "nginx" is Pulumi's name for it.</summary>
        public override bool TryGetResource(IObjectCreationOperation creation, out ResourceCreation resource)
        {
            resource = default;
            if (creation.Type is not INamedTypeSymbol type || !_resourceArgs.TryGetValue(type, out var argsType))
            {
                return false;
            }

            IOperation? args = null;
            IArgumentOperation? name = null;
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(parameter.Type, argsType))
                {
                    args = argument.Value;
                }
                else if (parameter.Ordinal == 0 && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    name = argument;
                }
            }

            if (args is null)
            {
                return false;
            }

            resource = new ResourceCreation(args, name);
            return true;
        }

        /// <summary>True when a resource class has the generated constructor <c>(string name, XArgs? args = null, CustomResourceOptions? options = null)</c>.</summary>
        private static bool TakesArgs(INamedTypeSymbol resource, INamedTypeSymbol args)
        {
            foreach (var constructor in resource.InstanceConstructors)
            {
                if (constructor.Parameters.Length >= 2 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[1].Type, args))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
