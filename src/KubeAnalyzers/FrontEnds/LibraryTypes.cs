using System;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// Finds a library's types without asking every reference of the compilation. <c>Compilation.GetTypeByMetadataName</c>
    /// looks in each of the ~200 assemblies a .NET project references, which costs 50 ms per compilation for the ~130
    /// types the front-ends need, and 150 ms of the first build of a project without Kubernetes code, where a name that
    /// exists nowhere makes each assembly list its namespaces. So a library is looked for only in the assemblies its
    /// packages ship (by assembly name) and in the compilation's own source, and its other types in the assembly that
    /// holds the first.
    /// </summary>
    internal static class LibraryTypes
    {
        /// <summary>
        /// The type <paramref name="metadataName"/> from the compilation's source or from a referenced assembly whose name is
        /// <paramref name="assemblyName"/> or starts with it and a dot (<c>KubernetesClient.Classic</c>); null when there is
        /// none, or more than one.
        /// </summary>
        public static INamedTypeSymbol? Find(Compilation compilation, string assemblyName, string metadataName)
        {
            if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
            {
                return own;
            }

            INamedTypeSymbol? found = null;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (IsShippedAs(assembly.Identity.Name, assemblyName) && assembly.GetTypeByMetadataName(metadataName) is { } type)
                {
                    if (found is not null)
                    {
                        // Two assemblies with the type: as Compilation.GetTypeByMetadataName, trust neither.
                        return null;
                    }

                    found = type;
                }
            }

            return found;
        }

        /// <summary>Another type of the assembly that holds <paramref name="anchor"/>.</summary>
        public static INamedTypeSymbol? Beside(INamedTypeSymbol anchor, string metadataName)
            => anchor.ContainingAssembly.GetTypeByMetadataName(metadataName);

        /// <summary>A type of the assembly named <paramref name="assemblyName"/> that the assembly holding <paramref name="anchor"/> references.</summary>
        public static INamedTypeSymbol? Referenced(INamedTypeSymbol anchor, string assemblyName, string metadataName)
        {
            foreach (var assembly in anchor.ContainingModule.ReferencedAssemblySymbols)
            {
                if (assembly.Identity.Name == assemblyName)
                {
                    return assembly.GetTypeByMetadataName(metadataName);
                }
            }

            return null;
        }

        /// <summary>
        /// True when the compilation may use <paramref name="assemblyName"/>'s types: it references a file or project of that
        /// name (or one whose name cannot be told), or its source declares a type named <paramref name="typeName"/>. Reads only
        /// the reference list and the source declarations, so that a compilation that needs none of this costs no symbol work.
        /// </summary>
        public static bool MayUse(Compilation compilation, string assemblyName, string typeName)
        {
            foreach (var reference in compilation.References)
            {
                var name = reference switch
                {
                    PortableExecutableReference { FilePath: { Length: > 0 } path } => System.IO.Path.GetFileNameWithoutExtension(path),
                    PortableExecutableReference => null,
                    CompilationReference { Compilation.AssemblyName: { } compilationName } => compilationName,
                    _ => null,
                };
                if (name is null || IsShippedAs(name, assemblyName))
                {
                    return true;
                }
            }

            return compilation.ContainsSymbolsWithName(typeName, SymbolFilter.Type);
        }

        private static bool IsShippedAs(string name, string assemblyName)
            => name.StartsWith(assemblyName, StringComparison.Ordinal)
               && (name.Length == assemblyName.Length || name[assemblyName.Length] == '.');
    }
}
