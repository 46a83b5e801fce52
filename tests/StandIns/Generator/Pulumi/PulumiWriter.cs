using System;
using System.Collections.Generic;
using System.Linq;
using StandInGenerator.Output;
using StandInGenerator.Spec;

namespace StandInGenerator.Pulumi;

/// <summary>
/// Writes the generated part of Pulumi.Kubernetes, one file per API group and version in each of
/// <c>Generated/Inputs</c> (<c>XArgs</c> and <c>XPatchArgs</c>), <c>Generated/Outputs</c> (<c>X</c> and <c>XPatch</c>)
/// and <c>Generated/Resources</c> (<c>Deployment</c>, <c>DeploymentPatch</c>, <c>DeploymentList</c>).
/// </summary>
internal sealed class PulumiWriter
{
    private readonly ApiSpec spec;
    private readonly PulumiTypeMapper types;

    public PulumiWriter(ApiSpec spec)
    {
        this.spec = spec;
        types = new PulumiTypeMapper(spec);
    }

    public int InputTypeCount { get; private set; }

    public int OutputTypeCount { get; private set; }

    public int ResourceCount { get; private set; }

    public void Write(GeneratedFileSet files, string generatedFolder)
    {
        files.AddRoot(generatedFolder);
        InputTypeCount = OutputTypeCount = ResourceCount = 0;

        var groups = spec.Definitions
            .Where(PulumiNaming.IsType)
            .GroupBy(PulumiNaming.GroupVersion, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        foreach (var group in groups)
        {
            var definitions = group.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
            files.Add(generatedFolder, $"Inputs/{group.Key}.g.cs", WriteInputs(definitions));
            files.Add(generatedFolder, $"Outputs/{group.Key}.g.cs", WriteOutputs(definitions));

            var resources = definitions.Where(PulumiNaming.IsResource).ToList();
            if (resources.Count > 0)
            {
                files.Add(generatedFolder, $"Resources/{group.Key}.g.cs", WriteResources(resources));
            }
        }
    }

    // ---- Inputs ------------------------------------------------------------------------------

    private string WriteInputs(IReadOnlyList<Definition> definitions)
    {
        var writer = new CodeWriter().Header(nullable: true);
        writer.Line();
        writer.Open("namespace " + PulumiNaming.InputNamespace(definitions[0]));
        var first = true;
        foreach (var definition in definitions)
        {
            foreach (var patch in new[] { false, true })
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteArgs(writer, definition, patch);
                InputTypeCount++;
            }
        }

        writer.Close();
        return writer.ToString();
    }

    private void WriteArgs(CodeWriter writer, Definition definition, bool patch)
    {
        var className = PulumiNaming.InputTypeName(definition, patch);
        var ownerName = PulumiNaming.TypeName(definition, patch);
        var isResource = PulumiNaming.IsResource(definition);

        writer.Open($"public class {className} : global::Pulumi.ResourceArgs");
        foreach (var property in definition.Properties)
        {
            // Resource arguments never include the read-only status.
            if (isResource && property.JsonName == "status")
            {
                continue;
            }

            // Patch arguments are all optional, except the metadata (name) of a patch resource.
            var required = patch
                ? property.JsonName == "metadata" && PulumiNaming.HasPatchResource(definition)
                : property.Required;
            var name = PulumiNaming.PropertyName(property.JsonName, ownerName);
            var input = types.Input(property.Type, patch);
            var attribute = required
                ? $"[Input({CSharpNames.Literal(property.JsonName)}, required: true)]"
                : $"[Input({CSharpNames.Literal(property.JsonName)})]";

            writer.Line(attribute);
            if (input.Shape == PulumiInputShape.Scalar)
            {
                writer.Line(required
                    ? $"public {input.Type} {name} {{ get; set; }} = null!;"
                    : $"public {input.Type}? {name} {{ get; set; }}");
            }
            else
            {
                var field = PulumiNaming.FieldName(name);
                writer.Line($"private {input.Type}? {field};");
                writer.Line();
                writer.Open($"public {input.Type} {name}");
                writer.Line($"get => {field} ?? ({field} = new {input.Type}());");
                writer.Line($"set => {field} = value;");
                writer.Close();
            }

            writer.Line();
        }

        writer.Open($"public {className}()");
        writer.Close();
        writer.Line();
        writer.Line($"public static new {className} Empty => new {className}();");
        writer.Close();
    }

    // ---- Outputs -----------------------------------------------------------------------------

    private string WriteOutputs(IReadOnlyList<Definition> definitions)
    {
        var writer = new CodeWriter().Header(nullable: true);
        writer.Line();
        writer.Open("namespace " + PulumiNaming.OutputNamespace(definitions[0]));
        var first = true;
        foreach (var definition in definitions)
        {
            foreach (var patch in new[] { false, true })
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var className = PulumiNaming.TypeName(definition, patch);
                writer.Line("[OutputType]");
                writer.Open($"public sealed class {className}");
                foreach (var property in definition.Properties)
                {
                    writer.Line($"public readonly {types.Output(property.Type, patch)} {PulumiNaming.PropertyName(property.JsonName, className)};");
                }

                writer.Line();
                writer.Line("[OutputConstructor]");
                writer.Open($"private {className}()");
                writer.Close();
                writer.Close();
                OutputTypeCount++;
            }
        }

        writer.Close();
        return writer.ToString();
    }

    // ---- Resources ---------------------------------------------------------------------------

    private string WriteResources(IReadOnlyList<Definition> definitions)
    {
        var writer = new CodeWriter().Header(nullable: true);
        writer.Line();
        writer.Open("namespace " + PulumiNaming.ResourceNamespace(definitions[0]));
        var first = true;
        foreach (var definition in definitions)
        {
            foreach (var patch in PulumiNaming.HasPatchResource(definition) ? new[] { false, true } : new[] { false })
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteResource(writer, definition, patch);
                ResourceCount++;
            }
        }

        writer.Close();
        return writer.ToString();
    }

    private void WriteResource(CodeWriter writer, Definition definition, bool patch)
    {
        var gvk = definition.GroupVersionKind!;
        var className = PulumiNaming.TypeName(definition, patch);
        var argsType = PulumiNaming.InputTypeReference(definition, patch);
        var token = PulumiNaming.ResourceToken(gvk, patch ? "Patch" : string.Empty);

        writer.Line($"[global::Pulumi.Kubernetes.KubernetesResourceType({CSharpNames.Literal(token)})]");
        writer.Open($"public partial class {className} : global::Pulumi.Kubernetes.KubernetesResource");
        foreach (var property in definition.Properties)
        {
            writer.Line($"[Output({CSharpNames.Literal(property.JsonName)})]");
            writer.Line($"public global::Pulumi.Output<{types.Output(property.Type, patch)}> {PulumiNaming.PropertyName(property.JsonName, className)} {{ get; private set; }} = null!;");
            writer.Line();
        }

        writer.Line($"public {className}(string name, {argsType}? args = null, global::Pulumi.CustomResourceOptions? options = null)");
        writer.Line($"    : base({CSharpNames.Literal(token)}, name, MakeArgs(args), options)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Open($"private static {argsType} MakeArgs({argsType}? args)");
        writer.Line($"args ??= new {argsType}();");
        writer.Line($"args.ApiVersion = {CSharpNames.Literal(gvk.ApiVersion)};");
        writer.Line($"args.Kind = {CSharpNames.Literal(gvk.Kind)};");
        writer.Line("return args;");
        writer.Close();
        writer.Line();
        writer.Line($"public static {className} Get(string name, global::Pulumi.Input<string> id, global::Pulumi.CustomResourceOptions? options = null)");
        writer.Line($"    => new {className}(name, ({argsType}?)null, options);");
        writer.Close();
    }
}
