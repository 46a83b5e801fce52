using System;
using System.Collections.Generic;
using System.Linq;
using StandInGenerator.Output;
using StandInGenerator.Spec;

namespace StandInGenerator.KubernetesClient;

/// <summary>A generated property of a <c>k8s.Models</c> type.</summary>
internal sealed record KubernetesProperty(string JsonName, string Name, string Type, bool Required);

/// <summary>
/// Writes <c>k8s.Models</c>: one file per API group and version (<c>core.v1.g.cs</c>), one type per
/// definition with properties. The two client generations differ only in what the shape-specific
/// subclasses write.
/// </summary>
internal abstract class KubernetesModelWriter
{
    private readonly ApiSpec spec;
    private readonly KubernetesKinds kinds;
    private readonly KubernetesTypeMapper types;

    protected KubernetesModelWriter(ApiSpec spec, KubernetesNaming naming, string intOrStringType)
    {
        this.spec = spec;
        Naming = naming;
        kinds = new KubernetesKinds(spec, naming);
        types = new KubernetesTypeMapper(naming, intOrStringType);
    }

    protected KubernetesNaming Naming { get; }

    /// <summary><c>record</c> or <c>class</c>.</summary>
    protected abstract string TypeKeyword { get; }

    /// <summary>Whether kinds also implement <c>IValidate</c>.</summary>
    protected abstract bool KindsImplementValidate { get; }

    /// <summary>Class names of hand-written types that replace a generated definition (<c>V1Patch</c>).</summary>
    protected virtual IReadOnlySet<string> HandWritten { get; } = new HashSet<string>(StringComparer.Ordinal) { "V1Patch" };

    public int TypeCount { get; private set; }

    /// <summary>Adds the generated files to <paramref name="files"/> under <paramref name="generatedFolder"/>.</summary>
    public void Write(GeneratedFileSet files, string generatedFolder)
    {
        files.AddRoot(generatedFolder);
        TypeCount = 0;

        var models = spec.Definitions
            .Where(d => d.Role == DefinitionRole.Model && !HandWritten.Contains(Naming.ClassName(d)))
            .GroupBy(FileName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        foreach (var file in models)
        {
            var writer = new CodeWriter().Header(nullable: false);
            writer.Line("using System.Collections.Generic;");
            writer.Line("using System.Text.Json.Serialization;");
            writer.Line();
            writer.Open("namespace k8s.Models");
            var first = true;
            foreach (var definition in file.OrderBy(Naming.ClassName, StringComparer.Ordinal))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteType(writer, definition);
                TypeCount++;
            }

            writer.Close();
            files.Add(generatedFolder, file.Key, writer.ToString());
        }
    }

    /// <summary>Writes constructors (old shape) — nothing for the record shape.</summary>
    protected abstract void WriteConstructors(CodeWriter writer, string className, IReadOnlyList<KubernetesProperty> properties);

    /// <summary>Modifiers between <c>public</c> and the type: <c>required </c> in the record shape.</summary>
    protected abstract string PropertyModifiers(KubernetesProperty property);

    /// <summary>Members after the properties (<c>Validate()</c> in the old shape).</summary>
    protected abstract void WriteTrailingMembers(CodeWriter writer, string className, IReadOnlyList<KubernetesProperty> properties);

    private static string FileName(Definition definition) =>
        (definition.Version is null ? definition.Group : definition.Group + "." + definition.Version) + ".g.cs";

    private void WriteType(CodeWriter writer, Definition definition)
    {
        var className = Naming.ClassName(definition);
        var properties = definition.Properties
            .Select(p => new KubernetesProperty(p.JsonName, KubernetesNaming.PropertyName(p.JsonName, className), types.Map(p), p.Required))
            .ToList();

        var kind = kinds.Get(definition, KindsImplementValidate);
        if (kind is not null)
        {
            writer.Line("[KubernetesEntity(Group = KubeGroup, Kind = KubeKind, ApiVersion = KubeApiVersion, PluralName = KubePluralName)]");
        }

        var declaration = $"public partial {TypeKeyword} {className}";
        if (kind is not null)
        {
            declaration += " : " + string.Join(", ", kind.Interfaces);
        }

        writer.Open(declaration);
        if (kind is not null)
        {
            writer.Line($"public const string KubeApiVersion = {CSharpNames.Literal(kind.ApiVersion)};");
            writer.Line($"public const string KubeKind = {CSharpNames.Literal(kind.Kind)};");
            writer.Line($"public const string KubeGroup = {CSharpNames.Literal(kind.Group)};");
            writer.Line($"public const string KubePluralName = {CSharpNames.Literal(kind.PluralName)};");
            writer.Line();
        }

        WriteConstructors(writer, className, properties);

        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (i > 0)
            {
                writer.Line();
            }

            writer.Line($"[JsonPropertyName({CSharpNames.Literal(property.JsonName)})]");
            writer.Line($"public {PropertyModifiers(property)}{property.Type} {property.Name} {{ get; set; }}");
        }

        WriteTrailingMembers(writer, className, properties);
        writer.Close();
    }
}
