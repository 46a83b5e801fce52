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
// dotnet run -c Release -- quick [FILES] [MIX] [ANALYZERS]     the median of 7 analyses per analyzer (all four, or a comma list), with a stopwatch
// dotnet run -c Release -- core [FILES] [RUNS] [fresh]         the analyzer's own work on every block, without the compiler's driver (fresh: a new compilation per pass)
// dotnet run -c Release -- report-cost [FILES]                 what the driver charges an analyzer per reported diagnostic, by generated-code setting
// dotnet run -c Release -- cold [FILES] [MIX] [RUNS]           KubeAnalyzers' first analysis in this process (as in a build), then more (3 in all)
// dotnet run -c Release -- document [FILES] [RUNS]             the IDE case: one 1,000-line document re-analyzed, baseline and ours alternating
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

    case "quick":
        // A stopwatch check between BenchmarkDotNet runs: the median of a few analyses of each analyzer set.
        var quickFiles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var quickMix = args.Length > 2 ? Enum.Parse<CodeMix>(args[2], ignoreCase: true) : CodeMix.Hazards;
        var quickProject = ProjectGenerator.Generate(quickFiles, quickMix);
        var quickCompilation = AnalyzerRun.Compile(quickProject);
        var quickNames = args.Length > 3 ? args[3].Split(',') : null;
        foreach (var (name, analyzers) in new[] { ("CompilationStartOnly", AnalyzerRun.CompilationStartOnly), ("EmptyOperationAction", AnalyzerRun.EmptyOperationAction), ("EmptyBlockStart", AnalyzerRun.EmptyBlockStart), ("KubeAnalyzers", AnalyzerRun.Kube) })
        {
            if (quickNames is not null && !quickNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var times = new double[7];
            for (var run = 0; run < times.Length; run++)
            {
                var clock = Stopwatch.StartNew();
                var diagnostics = AnalyzerRun.AnalyzeAsync(quickCompilation, analyzers).GetAwaiter().GetResult();
                times[run] = clock.Elapsed.TotalMilliseconds;
                if (name == "KubeAnalyzers")
                {
                    AnalyzerRun.Check(diagnostics, quickProject.Expected);
                }
            }

            var own = new double[5];
            for (var run = 0; run < own.Length; run++)
            {
                own[run] = AnalyzerRun.AnalyzerExecutionTimeAsync(quickCompilation, analyzers).GetAwaiter().GetResult().TotalMilliseconds;
            }

            Array.Sort(times);
            Array.Sort(own);
            Console.WriteLine($"{name,-22} {quickFiles} files {quickMix}: median {times[times.Length / 2],8:F0} ms (min {times[0]:F0}, max {times[^1]:F0}); analyzer execution time median {own[own.Length / 2],7:F1} ms");
        }

        return 0;

    case "cold":
        // A build runs the analyzers once, in a new compiler process: the first analysis pays for loading and compiling (JIT) the
        // analyzer's code and for the compilation's first lookups. The compilation is bound first, as the compiler binds it.
        var coldFiles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var coldMix = args.Length > 2 ? Enum.Parse<CodeMix>(args[2], ignoreCase: true) : CodeMix.Hazards;
        var coldProject = ProjectGenerator.Generate(coldFiles, coldMix);
        var coldCompilation = AnalyzerRun.Compile(coldProject);
        var coldRuns = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
        for (var run = 1; run <= coldRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            var own = AnalyzerRun.AnalyzerExecutionTimeAsync(coldCompilation, AnalyzerRun.Kube).GetAwaiter().GetResult();
            Console.WriteLine($"KubeAnalyzers {coldFiles} files {coldMix}, analysis {run}: analyzer execution time {own.TotalMilliseconds,7:F1} ms (whole analysis {clock.ElapsedMilliseconds} ms)");
        }

        return 0;

    case "document":
        // The IDE case by stopwatch, many runs (BenchmarkDotNet's DocumentBenchmarks takes few): one 1,000-line manifest document
        // re-analyzed after an edit (a new analysis of the compilation, that document's semantic diagnostics), the baseline
        // (an operation action that does nothing) and KubeAnalyzers alternating. Prints the medians of each one's whole analysis,
        // their difference, and KubeAnalyzers' own execution time (its callbacks, compilation start included).
        var documentFiles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var documentRuns = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 41;
        foreach (var shape in Enum.GetValues<ClientShape>())
        {
            var document = ProjectGenerator.ManifestDocument(shape);
            var compilation = AnalyzerRun.Compile(ProjectGenerator.Generate(documentFiles, CodeMix.Hazards, shape), document);
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == document.Path);
            compilation.GetDeclarationDiagnostics();
            var baseline = new double[documentRuns];
            var ours = new double[documentRuns];
            var execution = new double[documentRuns];
            for (var run = -3; run < documentRuns; run++)
            {
                var clock = Stopwatch.StartNew();
                var empty = AnalyzerRun.AnalyzeDocumentTimedAsync(compilation, tree, AnalyzerRun.EmptyOperationAction, logAnalyzerExecutionTime: false).GetAwaiter().GetResult();
                var baselineTime = clock.Elapsed.TotalMilliseconds;
                AnalyzerRun.Check(empty.Diagnostics, new System.Collections.Generic.Dictionary<string, int>());
                clock.Restart();
                var kube = AnalyzerRun.AnalyzeDocumentTimedAsync(compilation, tree, AnalyzerRun.Kube, logAnalyzerExecutionTime: true).GetAwaiter().GetResult();
                var kubeTime = clock.Elapsed.TotalMilliseconds;
                AnalyzerRun.Check(kube.Diagnostics, document.Planted.Diagnostics);
                if (run >= 0)
                {
                    (baseline[run], ours[run], execution[run]) = (baselineTime, kubeTime, kube.ExecutionTime.TotalMilliseconds);
                }
            }

            var difference = ours.Zip(baseline, (kube, empty) => kube - empty).ToArray();
            Console.WriteLine(
                $"document {shape,-7} {document.Text.Count(c => c == '\n')} lines in {documentFiles} files, {documentRuns} runs: analysis median baseline {Median(baseline):F1} ms, " +
                $"KubeAnalyzers {Median(ours):F1} ms (difference median {Median(difference):F1} ms); KubeAnalyzers' execution time median {Median(execution):F1} ms, max {execution.Max():F1} ms");
        }

        return 0;

    case "core":
        // The analyzer's own work, without the driver (CoreRun): the median of RUNS passes over every block of the project.
        var coreFiles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var coreRuns = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var coreProject = ProjectGenerator.Generate(coreFiles, CodeMix.Hazards);
        var coreCompilation = AnalyzerRun.Compile(coreProject);
        var fresh = args.Length > 3 && args[3] == "fresh";
        var core = new CoreRun(coreCompilation);
        var coreTimes = new double[coreRuns];
        var allocated = 0L;
        for (var run = 0; run < coreRuns; run++)
        {
            if (fresh && run > 0)
            {
                core = new CoreRun(coreCompilation.Clone());
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var found = core.Run();
            coreTimes[run] = clock.Elapsed.TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            AnalyzerRun.Check([.. found], coreProject.Expected);
        }

        Console.WriteLine($"core {coreFiles} files Hazards, {core.BlockCount} blocks: first {coreTimes[0]:F1} ms, median {Median(coreTimes):F1} ms, min {coreTimes.Min():F1} ms; {allocated / 1024.0 / 1024.0:F1} MB allocated per pass");
        return 0;

    case "report-cost":
        // What reporting costs in the driver: the same diagnostics from an analyzer that lets the driver skip generated code
        // (which then looks for [GeneratedCode] in every file with a diagnostic) and from one that skips it itself.
        var reportFiles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var reportCompilation = AnalyzerRun.Compile(ProjectGenerator.Generate(reportFiles, CodeMix.Hazards));
        for (var round = 1; round <= 3; round++)
        {
            foreach (var flags in new[] { Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None, Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.Analyze | Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.ReportDiagnostics })
            {
                var reporting = new HostPortReportingAnalyzer(flags);
                var (count, time) = AnalyzerRun.CountAndExecutionTimeAsync(reportCompilation, [reporting]).GetAwaiter().GetResult();
                Console.WriteLine($"round {round}: generated code {flags,-28} {count} diagnostics reported, analyzer execution time {time.TotalMilliseconds,7:F1} ms");
            }
        }

        return 0;

    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerRun).Assembly).Run(args);
        return 0;
}

// The middle value of a run's measurements (the upper of the two middle values for an even count).
static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);
