namespace Pulumi.Kubernetes
{
    /// <summary>The Kubernetes provider (cluster connection).</summary>
    public partial class Provider : global::Pulumi.ProviderResource
    {
        public Provider(string name, ProviderArgs? args = null, global::Pulumi.CustomResourceOptions? options = null)
            : base("kubernetes", name, args ?? new ProviderArgs(), options)
        {
        }
    }

    public sealed class ProviderArgs : global::Pulumi.ResourceArgs
    {
        [Input("cluster")]
        public global::Pulumi.Input<string>? Cluster { get; set; }

        [Input("context")]
        public global::Pulumi.Input<string>? Context { get; set; }

        [Input("enableServerSideApply", json: true)]
        public global::Pulumi.Input<bool>? EnableServerSideApply { get; set; }

        [Input("kubeconfig")]
        public global::Pulumi.Input<string>? KubeConfig { get; set; }

        [Input("namespace")]
        public global::Pulumi.Input<string>? Namespace { get; set; }

        [Input("renderYamlToDirectory")]
        public global::Pulumi.Input<string>? RenderYamlToDirectory { get; set; }

        [Input("suppressDeprecationWarnings", json: true)]
        public global::Pulumi.Input<bool>? SuppressDeprecationWarnings { get; set; }

        public ProviderArgs()
        {
        }

        public static new ProviderArgs Empty => new ProviderArgs();
    }
}
