using System;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>Reads the stack's configuration (<c>pulumi config set</c>).</summary>
    public sealed class Config
    {
        public Config(string? name = null)
        {
            Name = name ?? "project";
        }

        public string Name { get; }

        public string? Get(string key) => Environment.GetEnvironmentVariable(EnvironmentName(key));

        public Output<string>? GetSecret(string key) => Get(key) is { } value ? Output.CreateSecret(value) : null;

        public bool? GetBoolean(string key) => Get(key) is { } value ? bool.Parse(value) : null;

        public int? GetInt32(string key) => Get(key) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

        public double? GetDouble(string key) => Get(key) is { } value ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

        public T? GetObject<T>(string key) => Get(key) is { } value ? JsonSerializer.Deserialize<T>(value) : default;

        public string Require(string key) => Get(key) ?? throw Missing(key);

        public Output<string> RequireSecret(string key) => Output.CreateSecret(Require(key));

        public bool RequireBoolean(string key) => GetBoolean(key) ?? throw Missing(key);

        public int RequireInt32(string key) => GetInt32(key) ?? throw Missing(key);

        public double RequireDouble(string key) => GetDouble(key) ?? throw Missing(key);

        public T RequireObject<T>(string key) => GetObject<T>(key) ?? throw Missing(key);

        private string EnvironmentName(string key) => "PULUMI_CONFIG_" + (Name + "_" + key).Replace(':', '_').ToUpperInvariant();

        private Exception Missing(string key) => new InvalidOperationException($"Missing required configuration variable '{Name}:{key}'.");
    }
}
