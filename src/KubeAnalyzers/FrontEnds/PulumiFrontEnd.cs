using System.Collections.Generic;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// Pulumi.Kubernetes: the args classes (<c>Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs</c>), whose
    /// members are <c>Input&lt;T&gt;</c>, <c>InputList&lt;T&gt;</c>, <c>InputMap&lt;V&gt;</c> and <c>InputUnion&lt;T0, T1&gt;</c>.
    /// </summary>
    internal sealed class PulumiFrontEnd : FrontEnd
    {
        /// <summary>The API groups, as Pulumi names them, that hold the kinds the rules read.</summary>
        private static readonly string[] Groups = { "Core", "Meta", "Apps", "Batch" };

        private const string ArgsSuffix = "Args";

        /// <summary>The suffix Pulumi gives a property named like its own type (<c>ContainerPortArgs.ContainerPortValue</c>).</summary>
        private const string ClashSuffix = "Value";

        private readonly Dictionary<INamedTypeSymbol, string> _kinds;
        private readonly INamedTypeSymbol[] _inputTypes;
        private readonly INamedTypeSymbol? _output;

        private PulumiFrontEnd(Dictionary<INamedTypeSymbol, string> kinds, INamedTypeSymbol[] inputTypes, INamedTypeSymbol? output)
        {
            _kinds = kinds;
            _inputTypes = inputTypes;
            _output = output;
        }

        public override FrontEndKind Kind => FrontEndKind.Pulumi;

        /// <summary>The front-end for a compilation that references Pulumi.Kubernetes, or null.</summary>
        public static PulumiFrontEnd? TryCreate(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName("Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecArgs") is null)
            {
                return null;
            }

            var kinds = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (var kind in KubernetesClientFrontEnd.ModelKinds)
            {
                foreach (var group in Groups)
                {
                    if (compilation.GetTypeByMetadataName("Pulumi.Kubernetes.Types.Inputs." + group + ".V1." + kind + ArgsSuffix) is not { } args)
                    {
                        continue;
                    }

                    kinds[args] = kind;
                    break;
                }
            }

            var inputTypes = new List<INamedTypeSymbol>();
            foreach (var name in new[] { "Pulumi.Input`1", "Pulumi.InputList`1", "Pulumi.InputMap`1", "Pulumi.InputUnion`2" })
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    inputTypes.Add(type);
                }
            }

            return new PulumiFrontEnd(kinds, inputTypes.ToArray(), compilation.GetTypeByMetadataName("Pulumi.Output`1"));
        }

        public override string? GetKind(ITypeSymbol? type)
            => type is INamedTypeSymbol named && _kinds.TryGetValue(named, out var kind) ? kind : null;

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
    }
}
