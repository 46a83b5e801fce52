using System.Collections.Generic;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// The official .NET client's models, <c>k8s.Models.V1Pod</c> and friends, in either shape: records with
    /// <c>required</c> members (v18+) or classes with an all-properties constructor (v7–v17).
    /// </summary>
    internal sealed class KubernetesClientFrontEnd : FrontEnd
    {
        /// <summary>The assembly the client's packages ship the models in (KubernetesClient, KubernetesClient.Classic, ...).</summary>
        internal const string AssemblyName = "KubernetesClient";

        /// <summary>The model type that tells the library is there, and in which shape.</summary>
        internal const string AnchorTypeName = "V1PodSpec";

        /// <summary>The API objects the rules read, by OpenAPI short name; the client names them <c>V1</c> + name.</summary>
        internal static readonly string[] ModelKinds =
        {
            "Pod", "PodSpec", "PodTemplate", "PodTemplateSpec", "Container", "EphemeralContainer", "ContainerPort",
            "ObjectMeta",
            "Deployment", "DeploymentSpec", "DeploymentStrategy", "RollingUpdateDeployment",
            "DaemonSet", "DaemonSetSpec", "DaemonSetUpdateStrategy", "RollingUpdateDaemonSet",
            "StatefulSet", "StatefulSetSpec", "ReplicaSet", "ReplicaSetSpec",
            "ReplicationController", "ReplicationControllerSpec",
            "Job", "JobSpec", "CronJob", "CronJobSpec", "JobTemplateSpec",
        };

        private static readonly Dictionary<string, string> ReservedPropertyNames = new(System.StringComparer.Ordinal)
        {
            ["NamespaceProperty"] = "namespace",
            ["ContinueProperty"] = "continue",
            ["DefaultProperty"] = "default",
            ["OperatorProperty"] = "operator",
            ["EnumProperty"] = "enum",
            ["ObjectProperty"] = "object",
            ["ReadOnlyProperty"] = "readOnly",
            ["FromProperty"] = "from",
        };

        private readonly Dictionary<INamedTypeSymbol, string> _kinds;
        private readonly INamedTypeSymbol? _intOrString;
        private readonly INamedTypeSymbol? _quantity;

        private KubernetesClientFrontEnd(FrontEndKind kind, Dictionary<INamedTypeSymbol, string> kinds, INamedTypeSymbol? intOrString, INamedTypeSymbol? quantity)
        {
            Kind = kind;
            _kinds = kinds;
            _intOrString = intOrString;
            _quantity = quantity;
        }

        public override FrontEndKind Kind { get; }

        /// <summary>The front-end for a compilation that references the client, or null.</summary>
        public static KubernetesClientFrontEnd? TryCreate(Compilation compilation)
        {
            var podSpec = LibraryTypes.Find(compilation, AssemblyName, "k8s.Models." + AnchorTypeName);
            if (podSpec is null)
            {
                return null;
            }

            var kinds = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (var kind in ModelKinds)
            {
                if (LibraryTypes.Beside(podSpec, "k8s.Models.V1" + kind) is { } type)
                {
                    kinds[type] = kind;
                }
            }

            var shape = podSpec.IsRecord ? FrontEndKind.KubernetesClientRecords : FrontEndKind.KubernetesClientClasses;
            var intOrString = LibraryTypes.Beside(podSpec, shape == FrontEndKind.KubernetesClientRecords ? "k8s.Models.IntOrString" : "k8s.Models.IntstrIntOrString");
            return new KubernetesClientFrontEnd(shape, kinds, intOrString, LibraryTypes.Beside(podSpec, "k8s.Models.ResourceQuantity"));
        }

        public override string? GetKind(ITypeSymbol? type)
            => type is INamedTypeSymbol named && _kinds.TryGetValue(named, out var kind) ? kind : null;

        public override IEnumerable<KeyValuePair<INamedTypeSymbol, string>> Kinds => _kinds;

        public override string GetJsonName(IPropertySymbol property)
        {
            var name = property.Name;
            return ReservedPropertyNames.TryGetValue(name, out var json) ? json : CamelCase(name);
        }

        public override string GetJsonName(IParameterSymbol parameter)
        {
            // The v17 constructors name each parameter after its property, camelCased: namespaceProperty, hostIP.
            var name = parameter.Name;
            return name.Length > 0 && ReservedPropertyNames.TryGetValue(char.ToUpperInvariant(name[0]) + name.Substring(1), out var json) ? json : name;
        }

        public override bool IsWrappingConversion(IMethodSymbol conversion)
        {
            var type = conversion.ContainingType;
            return SymbolEqualityComparer.Default.Equals(type, _intOrString) || SymbolEqualityComparer.Default.Equals(type, _quantity);
        }
    }
}
