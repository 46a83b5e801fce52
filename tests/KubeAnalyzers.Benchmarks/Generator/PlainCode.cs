namespace KubeAnalyzers.Benchmarks.Generator;

/// <summary>Ordinary C# with no Kubernetes in it: records, collections, LINQ, object initializers, assignments, <c>with</c>.</summary>
internal static class PlainCode
{
    public static string File(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;

        namespace Shop.Orders{{i}};

        public sealed record OrderLine{{i}}(string Sku, int Quantity, decimal UnitPrice)
        {
            public decimal Total => Quantity * UnitPrice;
        }

        public sealed class RetryOptions{{i}}
        {
            public int Attempts { get; set; } = 3;

            public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(200);
        }

        public sealed class OrderService{{i}}
        {
            private readonly Dictionary<string, List<OrderLine{{i}}>> _orders = new(StringComparer.Ordinal);
            private int _version;

            public RetryOptions{{i}} Retry { get; } = new RetryOptions{{i}} { Attempts = {{i % 5 + 1}} };

            public void Add(string orderId, string sku, int quantity, decimal price)
            {
                if (!_orders.TryGetValue(orderId, out var lines))
                {
                    lines = new List<OrderLine{{i}}>();
                    _orders[orderId] = lines;
                }

                lines.Add(new OrderLine{{i}}(sku, quantity, price));
                _version++;
                Retry.Delay = TimeSpan.FromMilliseconds(100 * Math.Min(quantity, 10));
            }

            public decimal Total(string orderId) => _orders.TryGetValue(orderId, out var lines) ? lines.Sum(l => l.Total) : 0m;

            public OrderLine{{i}}? Discounted(string orderId, string sku, decimal percent)
            {
                var line = _orders.TryGetValue(orderId, out var lines) ? lines.FirstOrDefault(l => l.Sku == sku) : null;
                return line is null ? null : line with { UnitPrice = Math.Round(line.UnitPrice * (1 - percent / 100m), 2) };
            }

            public string Describe(string orderId)
            {
                var text = new StringBuilder();
                text.Append("order ").Append(orderId).Append(" v").Append(_version);
                foreach (var line in _orders.GetValueOrDefault(orderId) ?? new List<OrderLine{{i}}>())
                {
                    text.AppendLine().Append("  ").Append(line.Sku).Append(" x").Append(line.Quantity).Append(' ').Append(Classify(line.Quantity));
                }

                return text.ToString();
            }

            public static string Classify(int quantity) => quantity switch
            {
                <= 0 => "none",
                1 => "single",
                < 10 => "few",
                _ => "bulk",
            };

            public IEnumerable<(string Sku, int Quantity)> Largest(int count)
                => _orders.Values.SelectMany(l => l).GroupBy(l => l.Sku).Select(g => (g.Key, g.Sum(l => l.Quantity))).OrderByDescending(p => p.Item2).Take(count);
        }

        """;
}
