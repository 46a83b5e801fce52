using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace StandInGenerator.Output;

/// <summary>
/// The complete set of generated files for a number of <c>Generated/</c> folders. <see cref="Commit"/>
/// deletes stale <c>*.cs</c> files in those folders and writes only files whose content changed, so that
/// a second run leaves the tree untouched.
/// </summary>
internal sealed class GeneratedFileSet
{
    private readonly SortedDictionary<string, string> files = new(StringComparer.Ordinal);
    private readonly SortedSet<string> roots = new(StringComparer.Ordinal);

    /// <summary>Declares a folder whose <c>*.cs</c> files are entirely owned by the generator.</summary>
    public void AddRoot(string generatedFolder) => roots.Add(Path.GetFullPath(generatedFolder));

    public void Add(string generatedFolder, string relativePath, string content)
    {
        var root = Path.GetFullPath(generatedFolder);
        if (!roots.Contains(root))
        {
            throw new InvalidOperationException($"'{root}' was not declared with AddRoot.");
        }

        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!files.TryAdd(path, content))
        {
            throw new InvalidOperationException($"'{path}' was generated twice.");
        }
    }

    public CommitResult Commit()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        int written = 0, unchanged = 0, deleted = 0;
        long bytes = 0;

        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var existing in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                if (!files.ContainsKey(Path.GetFullPath(existing)))
                {
                    File.Delete(existing);
                    deleted++;
                }
            }

            foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(p => p.Length))
            {
                if (!Directory.EnumerateFileSystemEntries(directory).Any())
                {
                    Directory.Delete(directory);
                }
            }
        }

        foreach (var (path, content) in files)
        {
            var data = encoding.GetBytes(content);
            bytes += data.Length;
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(data))
            {
                unchanged++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, data);
            written++;
        }

        return new CommitResult(files.Count, written, unchanged, deleted, bytes);
    }
}

internal sealed record CommitResult(int Files, int Written, int Unchanged, int Deleted, long Bytes);
