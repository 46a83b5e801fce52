using System;

namespace Pulumi
{
    /// <summary>Marks a property (or the backing field of a list or map) of a <see cref="ResourceArgs"/> as an input.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class InputAttribute : Attribute
    {
        public InputAttribute(string name, bool required = false, bool json = false)
        {
            Name = name;
            IsRequired = required;
            Json = json;
        }

        public string Name { get; }

        public bool IsRequired { get; }

        public bool Json { get; }
    }

    /// <summary>Marks a resource or stack property as an output.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class OutputAttribute : Attribute
    {
        public OutputAttribute(string? name = null)
        {
            Name = name;
        }

        public string? Name { get; }
    }

    /// <summary>Marks a class as an output type.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class OutputTypeAttribute : Attribute
    {
    }

    /// <summary>Marks the constructor used to deserialize an output type.</summary>
    [AttributeUsage(AttributeTargets.Constructor)]
    public sealed class OutputConstructorAttribute : Attribute
    {
    }

    /// <summary>Marks a class as an input type.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class InputTypeAttribute : Attribute
    {
    }

    /// <summary>Associates a resource class with its type token.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class ResourceTypeAttribute : Attribute
    {
        public ResourceTypeAttribute(string type, string? version)
        {
            Type = type;
            Version = version;
        }

        public string Type { get; }

        public string? Version { get; }
    }
}
