using System.Collections.Generic;
using StandInGenerator.Output;
using StandInGenerator.Spec;

namespace StandInGenerator.KubernetesClient;

/// <summary>
/// KubernetesClient v18 and later: <c>public partial record</c>, no explicit constructors, required
/// properties carry the C# <c>required</c> modifier, int-or-string is <c>IntOrString</c>, no <c>Validate()</c>.
/// </summary>
internal sealed class KubernetesRecordsWriter : KubernetesModelWriter
{
    public KubernetesRecordsWriter(ApiSpec spec, KubernetesNaming naming)
        : base(spec, naming, "IntOrString")
    {
    }

    protected override string TypeKeyword => "record";

    protected override bool KindsImplementValidate => false;

    protected override void WriteConstructors(CodeWriter writer, string className, IReadOnlyList<KubernetesProperty> properties)
    {
    }

    protected override string PropertyModifiers(KubernetesProperty property) => property.Required ? "required " : string.Empty;

    protected override void WriteTrailingMembers(CodeWriter writer, string className, IReadOnlyList<KubernetesProperty> properties)
    {
    }
}
