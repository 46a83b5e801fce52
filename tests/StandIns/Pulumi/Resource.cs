using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>A resource of the Pulumi program.</summary>
    public class Resource
    {
        private readonly string type;
        private readonly string name;

        private protected Resource(string type, string name, bool custom, ResourceArgs args, ResourceOptions options)
        {
            this.type = type;
            this.name = name;
            Urn = Output.Create("urn:pulumi:stack::project::" + type + "::" + name);
        }

        [Output("urn")]
        public Output<string> Urn { get; private protected set; }

        public string GetResourceType() => type;

        public string GetResourceName() => name;
    }

    /// <summary>A resource managed by a provider.</summary>
    public class CustomResource : Resource
    {
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
            : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions())
        {
            Id = Output.Create(name);
        }

        [Output("id")]
        public Output<string> Id { get; private protected set; }
    }

    /// <summary>A provider resource (<c>new Kubernetes.Provider(...)</c>).</summary>
    public class ProviderResource : CustomResource
    {
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base("pulumi:providers:" + package, name, args, options)
        {
        }
    }

    /// <summary>A resource that groups other resources.</summary>
    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
            : this(type, name, ResourceArgs.Empty, options)
        {
        }

        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false)
            : base(type, name, custom: false, args ?? ResourceArgs.Empty, options ?? new ComponentResourceOptions())
        {
        }

        protected void RegisterOutputs()
        {
        }

        protected void RegisterOutputs(IDictionary<string, object?> outputs)
        {
        }

        protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs)
        {
        }

        protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs)
        {
        }
    }
}
