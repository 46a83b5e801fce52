using System;
using System.IO;
using StandInGenerator;
using StandInGenerator.KubernetesClient;
using StandInGenerator.Output;
using StandInGenerator.Pulumi;
using StandInGenerator.Spec;

// Regenerates the Generated/ folders of the stand-in assemblies in tests/StandIns.
// Usage (from the repository root): dotnet run --project tests/StandIns/Generator -- [path-to-json]
if (args.Length > 1 || (args.Length == 1 && args[0] is "-h" or "--help"))
{
    Console.Error.WriteLine("usage: dotnet run --project tests/StandIns/Generator -- [path-to-kubernetes-openapi-v2.json]");
    return args.Length == 1 ? 0 : 2;
}

try
{
    var root = PathResolver.FindRepositoryRoot();
    var specPath = PathResolver.FindSpec(args.Length == 1 ? args[0] : null, root);
    var standIns = Path.Combine(root, "tests", "StandIns");

    var spec = ApiSpec.Load(specPath);
    var naming = new KubernetesNaming(spec);
    var files = new GeneratedFileSet();

    var records = new KubernetesRecordsWriter(spec, naming);
    records.Write(files, Path.Combine(standIns, "KubernetesClient.Records", "Generated"));

    var classes = new KubernetesClassesWriter(spec, naming);
    classes.Write(files, Path.Combine(standIns, "KubernetesClient.Classes", "Generated"));

    var pulumi = new PulumiWriter(spec);
    pulumi.Write(files, Path.Combine(standIns, "Pulumi.Kubernetes", "Generated"));

    var result = files.Commit();

    Console.WriteLine($"spec: {specPath} ({spec.Definitions.Count} definitions)");
    Console.WriteLine($"KubernetesClient.Records: {records.TypeCount} types");
    Console.WriteLine($"KubernetesClient.Classes: {classes.TypeCount} types");
    Console.WriteLine($"Pulumi.Kubernetes: {pulumi.InputTypeCount} input types, {pulumi.OutputTypeCount} output types, {pulumi.ResourceCount} resources");
    Console.WriteLine($"files: {result.Files} ({result.Bytes:N0} bytes); written {result.Written}, unchanged {result.Unchanged}, deleted {result.Deleted}");
    return 0;
}
catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
