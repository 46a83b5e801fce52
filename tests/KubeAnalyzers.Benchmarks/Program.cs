using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using KubeAnalyzers.Benchmarks;
using KubeAnalyzers.Benchmarks.Generator;

// dotnet run -c Release -- --filter '*'                        every benchmark (BenchmarkDotNet's own options)
// dotnet run -c Release -- generate FOLDER FILES MIX [SHAPE]   writes a project for eng/measure-build.sh
// dotnet run -c Release -- verify [FILES]                      checks every generated project's diagnostics once, with timings
switch (args.FirstOrDefault())
{
    case "generate" when args.Length is 4 or 5:
        var project = ProjectGenerator.Generate(
            int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
            Enum.Parse<CodeMix>(args[3], ignoreCase: true),
            args.Length == 5 ? Enum.Parse<ClientShape>(args[4], ignoreCase: true) : ClientShape.Records);
        ProjectGenerator.Write(project, args[1], AnalyzerRun.StandInsDirectory);
        Console.WriteLine($"{args[1]}: {project.Files.Length} files, {project.LineCount} lines, {project.Mix}, {project.Shape}; planted: {Planted.Format(project.Expected)}");
        return 0;

    case "verify":
        var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        foreach (var mix in Enum.GetValues<CodeMix>())
        {
            foreach (var shape in Enum.GetValues<ClientShape>())
            {
                var generated = ProjectGenerator.Generate(files, mix, shape);
                var compilation = AnalyzerRun.Compile(generated);
                var clock = Stopwatch.StartNew();
                AnalyzerRun.Check(AnalyzerRun.AnalyzeAsync(compilation, AnalyzerRun.Kube).GetAwaiter().GetResult(), generated.Expected);
                Console.WriteLine($"{mix,-9} {shape,-7} {files} files, {generated.LineCount} lines: {Planted.Format(generated.Expected)} ({clock.ElapsedMilliseconds} ms)");
                if (mix == CodeMix.Plain)
                {
                    break;
                }
            }
        }

        foreach (var shape in Enum.GetValues<ClientShape>())
        {
            var document = ProjectGenerator.ManifestDocument(shape);
            var compilation = AnalyzerRun.Compile(ProjectGenerator.Generate(files, CodeMix.Hazards, shape), document);
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == document.Path);
            var clock = Stopwatch.StartNew();
            AnalyzerRun.Check(AnalyzerRun.AnalyzeDocumentAsync(compilation, tree, AnalyzerRun.Kube).GetAwaiter().GetResult(), document.Planted.Diagnostics);
            Console.WriteLine($"Document  {shape,-7} {document.Text.Count(c => c == '\n')} lines: {Planted.Format(document.Planted.Diagnostics)} ({clock.ElapsedMilliseconds} ms)");
        }

        return 0;

    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerRun).Assembly).Run(args);
        return 0;
}
