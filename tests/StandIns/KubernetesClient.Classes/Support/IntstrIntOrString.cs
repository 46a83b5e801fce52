// Hand-written stand-in for k8s.Models.IntstrIntOrString (KubernetesClient v7 to v17).
using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace k8s.Models
{
    /// <summary>An int-or-string value (<c>intstr.IntOrString</c>), kept as its string form.</summary>
    public partial class IntstrIntOrString
    {
        public IntstrIntOrString()
        {
            CustomInit();
        }

        public IntstrIntOrString(string value = null)
        {
            Value = value;
            CustomInit();
        }

        partial void CustomInit();

        [JsonPropertyName("value")]
        public string Value { get; set; }

        public static implicit operator IntstrIntOrString(int v) => new IntstrIntOrString(v.ToString(CultureInfo.InvariantCulture));

        public static implicit operator IntstrIntOrString(long v) => new IntstrIntOrString(v.ToString(CultureInfo.InvariantCulture));

        public static implicit operator IntstrIntOrString(string v) => new IntstrIntOrString(v);

        public static implicit operator string(IntstrIntOrString v) => v?.Value;

        public override string ToString() => Value;

        public override bool Equals(object obj) => obj is IntstrIntOrString other && string.Equals(Value, other.Value, StringComparison.Ordinal);

        public override int GetHashCode() => Value?.GetHashCode(StringComparison.Ordinal) ?? 0;

        public virtual void Validate()
        {
        }
    }
}
