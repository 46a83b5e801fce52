// Hand-written stand-in for k8s.Models.IntOrString (KubernetesClient v18+).
using System;
using System.Globalization;

namespace k8s.Models
{
    /// <summary>An int-or-string value (<c>intstr.IntOrString</c>), kept as its string form.</summary>
    public class IntOrString
    {
        public string Value { get; private init; }

        public static implicit operator IntOrString(int v) => new IntOrString { Value = v.ToString(CultureInfo.InvariantCulture) };

        public static implicit operator IntOrString(long v) => new IntOrString { Value = v.ToString(CultureInfo.InvariantCulture) };

        public static implicit operator IntOrString(string v) => new IntOrString { Value = v };

        public static implicit operator string(IntOrString v) => v?.Value;

        public override string ToString() => Value;

        public override bool Equals(object obj) => obj is IntOrString other && string.Equals(Value, other.Value, StringComparison.Ordinal);

        public override int GetHashCode() => Value?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
