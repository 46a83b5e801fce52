using System.Collections.Generic;

namespace Pulumi.Kubernetes.Helm
{
    /// <summary>Options shared by remote and local charts.</summary>
    public abstract class BaseChartArgs : global::Pulumi.ResourceArgs
    {
        private global::Pulumi.InputMap<object>? values;
        private List<global::Pulumi.Kubernetes.Yaml.TransformationAction>? transformations;
        private global::Pulumi.InputList<string>? apiVersions;

        public global::Pulumi.Input<string>? Namespace { get; set; }

        public global::Pulumi.InputMap<object> Values
        {
            get => values ??= new global::Pulumi.InputMap<object>();
            set => values = value;
        }

        public List<global::Pulumi.Kubernetes.Yaml.TransformationAction> Transformations
        {
            get => transformations ??= new List<global::Pulumi.Kubernetes.Yaml.TransformationAction>();
            set => transformations = value;
        }

        public string? ResourcePrefix { get; set; }

        public global::Pulumi.InputList<string> ApiVersions
        {
            get => apiVersions ??= new global::Pulumi.InputList<string>();
            set => apiVersions = value;
        }

        public global::Pulumi.Input<bool>? IncludeTestHookResources { get; set; }

        public global::Pulumi.Input<bool>? SkipCRDRendering { get; set; }

        public bool SkipAwait { get; set; }
    }

    /// <summary>A chart from a repository.</summary>
    public class ChartArgs : BaseChartArgs
    {
        public global::Pulumi.Input<string>? Repo { get; set; }

        public global::Pulumi.Input<string> Chart { get; set; } = null!;

        public global::Pulumi.Input<string>? Version { get; set; }

        public global::Pulumi.Input<ChartFetchArgs>? FetchOptions { get; set; }
    }

    /// <summary>A chart on disk.</summary>
    public class LocalChartArgs : BaseChartArgs
    {
        public string Path { get; set; } = null!;
    }

    /// <summary>How to fetch a chart (<c>helm fetch</c> options).</summary>
    public class ChartFetchArgs : global::Pulumi.ResourceArgs
    {
        public global::Pulumi.Input<string>? Repo { get; set; }

        public global::Pulumi.Input<string>? Version { get; set; }

        public global::Pulumi.Input<string>? Destination { get; set; }

        public global::Pulumi.Input<string>? Home { get; set; }

        public global::Pulumi.Input<bool>? Devel { get; set; }
    }
}

namespace Pulumi.Kubernetes.Helm.V3
{
    /// <summary>The Kubernetes resources rendered from a Helm chart.</summary>
    public sealed class Chart : global::Pulumi.Kubernetes.Yaml.CollectionComponentResource
    {
        public Chart(string releaseName, global::Pulumi.Union<global::Pulumi.Kubernetes.Helm.ChartArgs, global::Pulumi.Kubernetes.Helm.LocalChartArgs> config, global::Pulumi.ComponentResourceOptions? options = null)
            : base("kubernetes:helm.sh/v3:Chart", releaseName, options)
        {
        }
    }
}
