// Extension methods and a builder over the v17 classes.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Extensions
{
    public static class PodSpecExtensions
    {
        public static V1PodSpec WithHostPort(this V1PodSpec spec, string container, int port)
        {
            foreach (var c in spec.Containers)
            {
                if (c.Name == container)
                {
                    c.Ports = c.Ports ?? new List<V1ContainerPort>();
                    c.Ports.Add(new V1ContainerPort(port, {|K8S1001:hostPort: port|}));
                }
            }

            return spec;
        }

        public static V1ContainerPort Bind(this V1ContainerPort port, string address)
        {
            port.HostIP = address;
            return port;
        }
    }

    public sealed class DaemonSetBuilder
    {
        private V1DaemonSetSpec _spec = new V1DaemonSetSpec(new V1LabelSelector(), new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container>())));

        public DaemonSetBuilder OnHostNetwork()
        {
            {|K8S2001:_spec.Template.Spec.HostNetwork = true|};
            return this;
        }

        public DaemonSetBuilder Surge(int pods)
        {
            _spec.UpdateStrategy = new V1DaemonSetUpdateStrategy(new V1RollingUpdateDaemonSet(maxSurge: pods));
            return this;
        }

        public V1DaemonSet Build(string name) => new V1DaemonSet(metadata: new V1ObjectMeta(name: name), spec: _spec);
    }
}
