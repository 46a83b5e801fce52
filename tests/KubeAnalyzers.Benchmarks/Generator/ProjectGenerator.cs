using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace KubeAnalyzers.Benchmarks.Generator;

/// <summary>What a generated project holds besides plain C#.</summary>
public enum CodeMix
{
    /// <summary>Plain C# only, compiled without any Kubernetes library.</summary>
    Plain,

    /// <summary>Plain C# and manifests (a KubernetesClient shape and Pulumi) that report nothing.</summary>
    Manifests,

    /// <summary>The same, with hazards planted in one manifest file in three and a K8S4001 pair every 50 files.</summary>
    Hazards,
}

/// <summary>One generated source file and the diagnostics of its own tree.</summary>
public sealed record GeneratedFile(string Path, string Text, Planted Planted);

/// <summary>A generated project: its files, the libraries it compiles against and every diagnostic planted in it.</summary>
public sealed class GeneratedProject
{
    public GeneratedProject(CodeMix mix, ClientShape shape, ImmutableArray<GeneratedFile> files)
    {
        Mix = mix;
        Shape = shape;
        Files = files;
        var planted = new Planted();
        foreach (var file in files)
        {
            planted.Add(file.Planted);
        }

        Expected = planted.All();
    }

    public CodeMix Mix { get; }

    public ClientShape Shape { get; }

    public ImmutableArray<GeneratedFile> Files { get; }

    /// <summary>True when the code compiles against the stand-ins (KubernetesClient in <see cref="Shape"/>, Pulumi and Pulumi.Kubernetes).</summary>
    public bool UsesKubernetes => Mix != CodeMix.Plain;

    /// <summary>Every diagnostic the analyzers must report on the whole project, by ID, K8S4001 included.</summary>
    public SortedDictionary<string, int> Expected { get; }

    public int ExpectedCount => Expected.Values.Sum();

    public int LineCount => Files.Sum(file => file.Text.Count(c => c == '\n'));
}

/// <summary>
/// Writes synthetic projects of N files for the benchmarks and eng/measure-build.sh: six files in ten are plain C#, two build
/// manifests with KubernetesClient and two with Pulumi. Every diagnostic is planted on purpose and counted here, so that a
/// benchmark can check the exact count and an analyzer that reports nothing cannot look fast.
/// </summary>
public static class ProjectGenerator
{
    /// <summary>Host ports of single hazards: 20000 and up (clear of the reserved node ports and of each other).</summary>
    private const int HazardPorts = 20000;

    /// <summary>Host ports of the K8S4001 pairs: 15000 and up, one port per pair.</summary>
    private const int ConflictPorts = 15000;

    /// <summary>Host ports of the manifest document's hazards.</summary>
    private const int DocumentPorts = 27000;

    private const int ConflictPeriod = 50;

    public static GeneratedProject Generate(int fileCount, CodeMix mix, ClientShape shape = ClientShape.Records)
    {
        var files = ImmutableArray.CreateBuilder<GeneratedFile>(fileCount);
        var hazards = 0;
        var clientFiles = 0;
        var pulumiFiles = 0;
        for (var i = 0; i < fileCount; i++)
        {
            var slot = mix == CodeMix.Plain ? 0 : i % 10;
            if (slot < 6)
            {
                files.Add(new GeneratedFile($"Orders/OrderService{i}.cs", PlainCode.File(i), new Planted()));
                continue;
            }

            var isClient = slot < 8;
            var members = new List<(string Code, Planted Planted)> { isClient ? ClientManifests.App(shape, i) : PulumiManifests.App(i) };
            var index = isClient ? clientFiles++ : pulumiFiles++;
            if (mix == CodeMix.Hazards && i % ConflictPeriod is 46 or 48)
            {
                // One DaemonSet of each library claims the pair's port: K8S4001 across files and libraries.
                var port = ConflictPorts + i / ConflictPeriod;
                members.Add(isClient ? ClientManifests.HostPortDaemonSet(shape, i, port) : PulumiManifests.HostPortDaemonSet(i, port));
            }
            else if (mix == CodeMix.Hazards && index % 3 == 1)
            {
                var port = HazardPorts + hazards++;
                members.Add((isClient, index / 3 % 2) switch
                {
                    (true, 0) => ClientManifests.HostPortDaemonSet(shape, i, port),
                    (true, _) => ClientManifests.HostNetworkDeployment(shape, i, port),
                    (false, 0) => PulumiManifests.HostPortDeployment(i, port),
                    (false, _) => PulumiManifests.HostNetworkDaemonSet(i, port),
                });
            }

            files.Add(ClassFile(isClient ? $"Cluster/App{i}.cs" : $"Stack/Service{i}.cs", isClient ? "Cluster" : "Stack", $"App{i}", members));
        }

        return new GeneratedProject(mix, shape, files.MoveToImmutable());
    }

    /// <summary>
    /// One document of about <paramref name="lines"/> lines that builds a cluster's manifests with both libraries, a hazard in
    /// every other workload: the document the IDE re-analyzes as the user types.
    /// </summary>
    public static GeneratedFile ManifestDocument(ClientShape shape, int lines = 1000)
    {
        var members = new List<(string Code, Planted Planted)>();
        var port = DocumentPorts;
        var total = 0;
        for (var k = 0; total < lines; k++)
        {
            var member = (k % 6) switch
            {
                0 => ClientManifests.App(shape, k),
                1 => ClientManifests.HostPortDaemonSet(shape, k, port++),
                2 => PulumiManifests.App(k),
                3 => ClientManifests.HostNetworkDeployment(shape, k, port++),
                4 => PulumiManifests.HostPortDeployment(k, port++),
                _ => PulumiManifests.HostNetworkDaemonSet(k, port++),
            };
            members.Add(member);
            total += member.Code.Count(c => c == '\n');
        }

        return ClassFile("Cluster/ClusterManifests.cs", "Cluster", "ClusterManifests", members);
    }

    /// <summary>
    /// Writes a project folder that builds the generated code with the .NET SDK: the sources, and a project file that references
    /// the stand-in assemblies in <paramref name="standIns"/> (the folder with KubernetesClient.Records/ and Pulumi/) when the code uses them.
    /// The project file imports <c>Analyzers.targets</c> from the same folder when there is one (eng/measure-build.sh writes it).
    /// </summary>
    public static void Write(GeneratedProject project, string folder, string standIns)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in project.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        var references = new StringBuilder();
        if (project.UsesKubernetes)
        {
            var client = Path.Combine(standIns, project.Shape == ClientShape.Records ? "KubernetesClient.Records" : "KubernetesClient.Classes", "KubernetesClient.dll");
            foreach (var dll in new[] { client, Path.Combine(standIns, "Pulumi", "Pulumi.dll"), Path.Combine(standIns, "Pulumi", "Pulumi.Kubernetes.dll") })
            {
                references.Append($"    <Reference Include=\"{Path.GetFileNameWithoutExtension(dll)}\" HintPath=\"{Path.GetFullPath(dll)}\" />\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "Generated.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Generated by KubeAnalyzers.Benchmarks: {project.Files.Length} files, {project.Mix}, {project.Shape}; planted: {Planted.Format(project.Expected)}. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
              <ItemGroup>
            {references}  </ItemGroup>
              <Import Project="Analyzers.targets" Condition="Exists('Analyzers.targets')" />
            </Project>

            """);
        File.WriteAllText(Path.Combine(folder, "expected-diagnostics.txt"), string.Join("\n", project.Expected.Select(pair => $"{pair.Key} {pair.Value}")) + "\n");
    }

    private static GeneratedFile ClassFile(string path, string rootNamespace, string className, List<(string Code, Planted Planted)> members)
    {
        var text = new StringBuilder();
        var planted = new Planted();
        if (members.Any(m => m.Code.Contains(" V1", StringComparison.Ordinal)))
        {
            text.Append(ClientManifests.Usings);
        }

        if (members.Any(m => m.Code.Contains("Pulumi.", StringComparison.Ordinal)))
        {
            text.Append(PulumiManifests.Usings);
        }

        text.Append('\n').Append($"namespace {rootNamespace};\n\n").Append($"public static class {className}\n{{\n");
        foreach (var (code, memberPlanted) in members)
        {
            text.Append(code);
            planted.Add(memberPlanted);
        }

        text.Append("}\n");
        return new GeneratedFile(path, text.ToString(), planted);
    }
}
