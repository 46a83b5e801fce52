// Hand-written stand-in for k8s.Models.ResourceQuantity (same shape in both client generations).
using System.Globalization;

namespace k8s.Models
{
    /// <summary>A Kubernetes quantity (<c>resource.Quantity</c>) such as <c>500m</c> or <c>1Gi</c>.</summary>
    public class ResourceQuantity
    {
        public enum SuffixFormat
        {
            DecimalExponent,
            BinarySI,
            DecimalSI,
        }

        private readonly string value;

        public ResourceQuantity(string value)
        {
            this.value = value;
            Format = SuffixFormat.DecimalSI;
        }

        public ResourceQuantity(decimal n, int exp, SuffixFormat format)
        {
            value = exp == 0 ? n.ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture) + "e" + exp.ToString(CultureInfo.InvariantCulture);
            Format = format;
        }

        public SuffixFormat Format { get; private set; }

        public static implicit operator ResourceQuantity(string v) => new ResourceQuantity(v);

        public static implicit operator ResourceQuantity(decimal v) => new ResourceQuantity(v, 0, SuffixFormat.DecimalExponent);

        public static implicit operator decimal(ResourceQuantity v) => v?.ToDecimal() ?? 0;

        public string CanonicalizeString() => value;

        public decimal ToDecimal() => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : 0;

        public double ToDouble() => (double)ToDecimal();

        public int ToInt32() => (int)ToDecimal();

        public long ToInt64() => (long)ToDecimal();

        public override string ToString() => value;
    }
}
