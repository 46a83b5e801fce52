using System.Collections.Generic;
using System.Linq;
using StandInGenerator.Output;
using StandInGenerator.Spec;

namespace StandInGenerator.KubernetesClient;

/// <summary>
/// KubernetesClient v7 to v17: <c>public partial class</c> with a parameterless constructor and one taking
/// every property (required ones first, then optional ones <c>= null</c>, each group in spec order), a
/// <c>CustomInit</c> partial method, <c>Validate()</c>, kinds implementing <c>IValidate</c>, int-or-string as
/// <c>IntstrIntOrString</c>.
/// </summary>
internal sealed class KubernetesClassesWriter : KubernetesModelWriter
{
    public KubernetesClassesWriter(ApiSpec spec, KubernetesNaming naming)
        : base(spec, naming, "IntstrIntOrString")
    {
    }

    protected override string TypeKeyword => "class";

    protected override bool KindsImplementValidate => true;

    protected override void WriteConstructors(CodeWriter writer, string className, IReadOnlyList<KubernetesProperty> properties)
    {
        writer.Open($"public {className}()");
        writer.Line("CustomInit();");
        writer.Close();
        writer.Line();

        var ordered = properties.Where(p => p.Required).Concat(properties.Where(p => !p.Required));
        var parameters = ordered.Select(p =>
            $"{p.Type} {KubernetesNaming.ParameterName(p.Name)}{(p.Required ? string.Empty : " = null")}");
        writer.Open($"public {className}({string.Join(", ", parameters)})");
        foreach (var property in properties)
        {
            writer.Line($"{property.Name} = {KubernetesNaming.ParameterName(property.Name)};");
        }

        writer.Line("CustomInit();");
        writer.Close();
        writer.Line();
        writer.Line("partial void CustomInit();");
        writer.Line();
    }

    protected override string PropertyModifiers(KubernetesProperty property) => string.Empty;

    protected override void WriteTrailingMembers(CodeWriter writer, string className, IReadOnlyList<KubernetesProperty> properties)
    {
        writer.Line();
        writer.Open("public virtual void Validate()");
        writer.Close();
    }
}
