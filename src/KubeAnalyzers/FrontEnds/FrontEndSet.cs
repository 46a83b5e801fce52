using System.Collections.Generic;
using System.Collections.Immutable;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>The front-ends whose library the compilation references; resolved once per compilation.</summary>
    internal sealed class FrontEndSet
    {
        /// <summary>
        /// Every type any front-end knows, in one table: the analyzer asks about the type of every creation and assignment of
        /// the compilation, and most are no library's, so one look-up answers for all front-ends.
        /// </summary>
        private readonly Dictionary<INamedTypeSymbol, LibraryType> _types;

        private FrontEndSet(ImmutableArray<FrontEnd> frontEnds)
        {
            FrontEnds = frontEnds;
            _types = new Dictionary<INamedTypeSymbol, LibraryType>(SymbolEqualityComparer.Default);
            foreach (var frontEnd in frontEnds)
            {
                foreach (var model in frontEnd.Kinds)
                {
                    // The first front-end to claim a type keeps it, as when each front-end was asked in turn.
                    if (!_types.ContainsKey(model.Key))
                    {
                        _types[model.Key] = new LibraryType(frontEnd, model.Value, isResource: false);
                    }
                }
            }

            foreach (var frontEnd in frontEnds)
            {
                foreach (var resource in frontEnd.ResourceTypes)
                {
                    _types[resource] = _types.TryGetValue(resource, out var known)
                        ? new LibraryType(known.FrontEnd, known.Kind, isResource: true)
                        : new LibraryType(frontEnd, kind: null, isResource: true);
                }
            }
        }

        public ImmutableArray<FrontEnd> FrontEnds { get; }

        public bool IsEmpty => FrontEnds.IsEmpty;

        /// <summary>
        /// True when the compilation may reference a supported library (see <see cref="LibraryTypes.MayUse"/>): cheap enough for
        /// compilation start, where looking up types would make the analyzer the first to bind the compilation's references.
        /// </summary>
        public static bool MayBeUsed(Compilation compilation)
            => LibraryTypes.MayUse(compilation, KubernetesClientFrontEnd.AssemblyName, KubernetesClientFrontEnd.AnchorTypeName)
               || LibraryTypes.MayUse(compilation, PulumiFrontEnd.AssemblyName, PulumiFrontEnd.AnchorTypeName);

        public static FrontEndSet Create(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<FrontEnd>();
            if (KubernetesClientFrontEnd.TryCreate(compilation) is { } client)
            {
                builder.Add(client);
            }

            if (PulumiFrontEnd.TryCreate(compilation) is { } pulumi)
            {
                builder.Add(pulumi);
            }

            return new FrontEndSet(builder.ToImmutable());
        }

        /// <summary>The front-end that owns a model type, and the type's OpenAPI kind.</summary>
        public bool TryGetKind(ITypeSymbol? type, out FrontEnd frontEnd, out string kind)
        {
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
                && _types.TryGetValue(named, out var found) && found.Kind is { } foundKind)
            {
                frontEnd = found.FrontEnd;
                kind = foundKind;
                return true;
            }

            frontEnd = null!;
            kind = null!;
            return false;
        }

        /// <summary>
        /// True when <paramref name="operation"/>, a creation or a <c>with</c> expression, makes an object of a kind that can be
        /// a workload (<see cref="WorkloadBuilder.IsWorkloadRoot"/>) or a library resource that deploys one; one look-up.
        /// </summary>
        public bool CreatesWorkloadKind(IOperation operation)
            => operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
               && _types.TryGetValue(named, out var found)
               && (found.IsWorkloadRoot || (found.IsResource && TryGetResource(operation, out _)));

        /// <summary>True for a model type of a kind that can be a workload (<see cref="WorkloadBuilder.IsWorkloadRoot"/>).</summary>
        public bool IsWorkloadKind(ITypeSymbol? type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
               && _types.TryGetValue(named, out var found) && found.IsWorkloadRoot;

        /// <summary>The model object a library resource creation deploys (see <see cref="FrontEnd.TryGetResource"/>).</summary>
        public bool TryGetResource(IOperation operation, out ResourceCreation resource)
        {
            if (operation is IObjectCreationOperation { Type: INamedTypeSymbol type } creation
                && _types.TryGetValue(type, out var found) && found.IsResource)
            {
                foreach (var frontEnd in FrontEnds)
                {
                    if (frontEnd.TryGetResource(creation, out resource))
                    {
                        return true;
                    }
                }
            }

            resource = default;
            return false;
        }

        /// <summary>A class, not a struct: a table of a value type of our own would need code the runtime compiles at first call.</summary>
        private sealed class LibraryType
        {
            public LibraryType(FrontEnd frontEnd, string? kind, bool isResource)
            {
                FrontEnd = frontEnd;
                Kind = kind;
                IsResource = isResource;
                IsWorkloadRoot = kind is not null && WorkloadBuilder.IsWorkloadRoot(kind);
            }

            public FrontEnd FrontEnd { get; }

            /// <summary>The OpenAPI kind of a model type; null for a resource type that is not one.</summary>
            public string? Kind { get; }

            public bool IsResource { get; }

            public bool IsWorkloadRoot { get; }
        }
    }
}
