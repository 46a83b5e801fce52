using System;
using System.IO;

namespace StandInGenerator;

/// <summary>Finds the repository root and the OpenAPI document.</summary>
internal static class PathResolver
{
    /// <summary>The spec's location relative to the repository root (and, by default, to the current directory).</summary>
    public const string DefaultSpecPath = "../shared/data/kubernetes-openapi-v2.json";

    /// <summary>
    /// The repository root: the nearest folder, walking up from the current directory (then from the
    /// generator's own location), that contains <c>Analyzers.sln</c> or <c>.git</c>.
    /// </summary>
    public static string FindRepositoryRoot()
    {
        return FindRootFrom(Directory.GetCurrentDirectory())
            ?? FindRootFrom(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                "Could not find the repository root (a folder containing Analyzers.sln or .git) above "
                + Directory.GetCurrentDirectory() + ".");
    }

    /// <summary>
    /// The argument if given; otherwise <see cref="DefaultSpecPath"/> relative to the current directory,
    /// falling back to the same path relative to the repository root.
    /// </summary>
    public static string FindSpec(string? argument, string repositoryRoot)
    {
        if (!string.IsNullOrEmpty(argument))
        {
            var explicitPath = Path.GetFullPath(argument);
            return File.Exists(explicitPath)
                ? explicitPath
                : throw new FileNotFoundException("The OpenAPI document does not exist.", explicitPath);
        }

        var fromCurrent = Path.GetFullPath(DefaultSpecPath);
        if (File.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        var fromRoot = Path.GetFullPath(Path.Combine(repositoryRoot, DefaultSpecPath));
        return File.Exists(fromRoot)
            ? fromRoot
            : throw new FileNotFoundException(
                $"The OpenAPI document was found neither at {fromCurrent} nor at {fromRoot}; pass its path as the first argument.");
    }

    private static string? FindRootFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln"))
                || Directory.Exists(Path.Combine(directory.FullName, ".git"))
                || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
