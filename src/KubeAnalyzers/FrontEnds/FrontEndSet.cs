using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>The front-ends whose library the compilation references; resolved once per compilation.</summary>
    internal sealed class FrontEndSet
    {
        private FrontEndSet(ImmutableArray<FrontEnd> frontEnds) => FrontEnds = frontEnds;

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
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct })
            {
                foreach (var candidate in FrontEnds)
                {
                    if (candidate.GetKind(type) is { } found)
                    {
                        frontEnd = candidate;
                        kind = found;
                        return true;
                    }
                }
            }

            frontEnd = null!;
            kind = null!;
            return false;
        }

        /// <summary>The model object a library resource creation deploys (see <see cref="FrontEnd.TryGetResource"/>).</summary>
        public bool TryGetResource(IOperation operation, out ResourceCreation resource)
        {
            if (operation is IObjectCreationOperation creation)
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
    }
}
