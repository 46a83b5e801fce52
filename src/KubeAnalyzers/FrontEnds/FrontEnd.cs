using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;

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

        /// <summary>The JSON name of a model property ("hostIP" for <c>HostIP</c>).</summary>
        public abstract string GetJsonName(IPropertySymbol property);

        /// <summary>The JSON name of a constructor parameter of a model type ("hostPort" for <c>int? hostPort</c>).</summary>
        public abstract string GetJsonName(IParameterSymbol parameter);

        /// <summary>True when a user-defined conversion only wraps its operand (<c>IntOrString</c> from <c>int</c>), so the operand is the value.</summary>
        public abstract bool IsWrappingConversion(IMethodSymbol conversion);

        protected static string CamelCase(string name)
            => name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
