using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>The end-to-end tests share one packed package and run one at a time (each runs the .NET SDK).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "End to end";
}

/// <summary>
/// The package as a user gets it: <c>dotnet pack src/KubeAnalyzers.Package -c Release</c> into a temporary
/// local feed, once for all end-to-end tests. Consumer projects are created beside the feed, under a
/// <c>nuget.config</c> that lists only that feed and with a fresh NUGET_PACKAGES folder, so that a restore
/// needs no network and can never pick up a stale copy of the package from the user's cache.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string Id = "KubeAnalyzers";

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _runs = new();

    /// <summary>A unique temporary folder: the feed, the package cache and the consumer projects; deleted at the end.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kubeanalyzers-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public string Feed => Path.Combine(Root, "feed");

    public string PackagesFolder => Path.Combine(Root, "packages");

    public string NupkgPath { get; private set; } = "";

    public string Version { get; private set; } = "";

    public CommandResult Pack { get; private set; } = null!;

    /// <summary>The environment of every command run on a consumer project.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        // The README's pack command, into the feed.
        Pack = await DotNetCli.RunAsync(Repository.Root, null, "pack", Repository.PathOf("src", "KubeAnalyzers.Package"), "-c", "Release", "-o", Feed, "-nodeReuse:false", "--disable-build-servers", "-tl:off");
        var packages = Directory.GetFiles(Feed, "*.nupkg");
        if (Pack.ExitCode != 0 || packages.Length != 1)
        {
            throw new XunitException($"dotnet pack did not write exactly one package into {Feed} (it wrote {packages.Length}).\n{Pack}");
        }

        NupkgPath = packages[0];
        Version = Path.GetFileNameWithoutExtension(NupkgPath)[(Id.Length + 1)..];

        // Stop MSBuild's and NuGet's upward search at Root: nothing of the machine's temp folder leaks in.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Runs <paramref name="run"/> once for all tests that ask for <paramref name="key"/>: several tests check one build.</summary>
    public async Task<T> Once<T>(string key, Func<Task<T>> run)
        => (T)await _runs.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => (await run())!)).Value;

    /// <summary>A new consumer project folder under <see cref="Root"/>, with its files written.</summary>
    public ConsumerProject CreateProject(string name, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(Root, name);
        if (Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Consumer project {name} exists already: give each test its own.");
        }

        Directory.CreateDirectory(directory);
        return new ConsumerProject(this, directory, name, files);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process killed on timeout may still hold a file; the folder is in the temp folder anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }
}
