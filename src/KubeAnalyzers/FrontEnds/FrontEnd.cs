using System.Collections.Generic;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// What one library's API means in Kubernetes terms: which of its types are which API objects,
    /// and which members, constructor parameters and conversions carry which fields. The only place that
    /// knows a library's names.
    /// </summary>
    internal abstract class FrontEnd
    {
        public abstract FrontEndKind Kind { get; }

        /// <summary>The OpenAPI short name ("PodSpec") of a model type of this library, or null.</summary>
        public abstract string? GetKind(ITypeSymbol? type);

        /// <summary>Every model type of this library the rules read, with its OpenAPI short name.</summary>
        public abstract IEnumerable<KeyValuePair<INamedTypeSymbol, string>> Kinds { get; }

        /// <summary>The library's types whose creation deploys a model object (see <see cref="TryGetResource"/>).</summary>
        public virtual IEnumerable<INamedTypeSymbol> ResourceTypes => System.Array.Empty<INamedTypeSymbol>();

        /// <summary>The JSON name of a model property ("hostIP" for <c>HostIP</c>).</summary>
        public abstract string GetJsonName(IPropertySymbol property);

        /// <summary>The JSON name of a constructor parameter of a model type ("hostPort" for <c>int? hostPort</c>).</summary>
        public abstract string GetJsonName(IParameterSymbol parameter);

        /// <summary>True when a user-defined conversion only wraps its operand (<c>IntOrString</c> from <c>int</c>), so the operand is the value.</summary>
        public abstract bool IsWrappingConversion(IMethodSymbol conversion);

        /// <summary>
        /// True when a model property of a new object holds a new, empty collection (Pulumi's get-or-create
        /// <c>InputList</c> and <c>InputMap</c>), so that <c>Labels = { { "app", "web" } }</c> lists every entry.
        /// </summary>
        public virtual bool StartsEmpty(IPropertySymbol property) => false;

        /// <summary>
        /// True when <paramref name="creation"/> creates a library object that deploys a model object rather than being one
        /// (Pulumi's <c>new Deployment("nginx", new DeploymentArgs { ... })</c>): the model object is then the workload.
        /// </summary>
        public virtual bool TryGetResource(IObjectCreationOperation creation, out ResourceCreation resource)
        {
            resource = default;
            return false;
        }

        /// <summary>
        /// The camelCased name (<c>hostPort</c> for <c>HostPort</c>). Cached: the libraries' member names are a few hundred
        /// strings, asked for at every member of every object.
        /// </summary>
        protected static string CamelCase(string name)
        {
            if (name.Length == 0 || char.IsLower(name[0]))
            {
                return name;
            }

            return CamelCased.TryGetValue(name, out var cached)
                ? cached
                : CamelCased.GetOrAdd(name, char.ToLowerInvariant(name[0]) + name.Substring(1));
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CamelCased = new(System.StringComparer.Ordinal);
    }

    /// <summary>What a resource creation deploys: the model object's expression, and the argument that names the resource.</summary>
    internal readonly struct ResourceCreation
    {
        public ResourceCreation(IOperation modelObject, IArgumentOperation? name)
        {
            ModelObject = modelObject;
            Name = name;
        }

        /// <summary>The expression of the model object (<c>new DeploymentArgs { ... }</c>, or a local holding it).</summary>
        public IOperation ModelObject { get; }

        /// <summary>The argument with the library's own name for the object (<c>"nginx"</c>), when there is one.</summary>
        public IArgumentOperation? Name { get; }
    }
}
