using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>
/// A project a user writes: it installs the packed package as the README says and builds Kubernetes objects
/// against KubernetesClient (here the v18+ stand-in; a user references the real package instead).
/// </summary>
public sealed partial class ConsumerProject
{
    private readonly PackedPackage _package;

    internal ConsumerProject(PackedPackage package, string directory, string name, IReadOnlyDictionary<string, string> files)
    {
        _package = package;
        Directory = directory;
        ProjectFile = Path.Combine(directory, name + ".csproj");
        var kubernetesClient = StandIns.Libraries(StandIn.KubernetesClientRecords).Single();
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedPackage.Id}" Version="{package.Version}" PrivateAssets="all" />
                <!-- A user references the real client instead: <PackageReference Include="KubernetesClient" Version="18.*" /> -->
                <Reference Include="KubernetesClient" HintPath="{kubernetesClient}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, content) in files)
        {
            var fullPath = Path.Combine(directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            File.WriteAllText(fullPath, content);
        }
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    public string ReadFile(string path) => File.ReadAllText(Path.Combine(Directory, path));

    /// <summary><c>dotnet build</c>, compiling every time, with the console logger (no terminal logger) and no servers left behind.</summary>
    public Task<CommandResult> BuildAsync(params string[] arguments)
        => DotNetCli.RunAsync(Directory, _package.ConsumerEnvironment, ["build", ProjectFile, "--no-incremental", "-nodeReuse:false", "--disable-build-servers", "-tl:off", .. arguments]);

    /// <summary><c>dotnet format analyzers</c>, which restores the project first (offline: the feed is local).</summary>
    public Task<CommandResult> FormatAnalyzersAsync(params string[] arguments)
        => DotNetCli.RunAsync(Directory, _package.ConsumerEnvironment, ["format", "analyzers", ProjectFile, .. arguments]);

    /// <summary>
    /// The K8S warnings and errors MSBuild printed, as <c>File.cs(line,column): warning K8S1001</c> with paths
    /// relative to the project, sorted by place; the summary MSBuild repeats at the end is left out.
    /// </summary>
    public IReadOnlyList<string> Diagnostics(CommandResult build)
    {
        var diagnostics = new List<(string File, int Line, int Column, string Text)>();
        foreach (var line in build.Output.Split('\n'))
        {
            if (line.StartsWith("Build succeeded.", StringComparison.Ordinal) || line.StartsWith("Build FAILED.", StringComparison.Ordinal))
            {
                break;
            }

            if (MSBuildDiagnostic().Match(line.TrimEnd('\r')) is { Success: true } match)
            {
                var file = Path.GetRelativePath(Directory, match.Groups["file"].Value).Replace('\\', '/');
                var (row, column) = (int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value));
                diagnostics.Add((file, row, column, $"{file}({row},{column}): {match.Groups["severity"].Value} {match.Groups["id"].Value}"));
            }
        }

        return diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Text, StringComparer.Ordinal).Select(d => d.Text).ToList();
    }

    /// <summary>Fails with the command's whole output unless the build printed exactly <paramref name="expected"/> (in <see cref="Diagnostics"/> order).</summary>
    public void AssertDiagnostics(CommandResult build, params string[] expected)
    {
        var actual = Diagnostics(build);
        if (!actual.SequenceEqual(expected))
        {
            throw new XunitException($"The build's K8S diagnostics differ.\nExpected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual)}\n\n{build}");
        }
    }

    /// <summary><c>/path/File.cs(12,34): warning K8S1001: message [/path/Project.csproj]</c></summary>
    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>K8S\d{4}): ")]
    private static partial Regex MSBuildDiagnostic();
}
