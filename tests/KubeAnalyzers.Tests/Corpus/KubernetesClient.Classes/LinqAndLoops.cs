// v17 code that builds port lists with LINQ and loops.
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace Legacy.Linq
{
    public static class Ports
    {
        public static IList<V1ContainerPort> Range(int first, int count) =>
            Enumerable.Range(first, count).Select(p => new V1ContainerPort(p, {|K8S1001:hostPort: p|}, protocol: "UDP")).ToList();

        public static V1Container Relay()
        {
            var ports = new List<V1ContainerPort>();
            foreach (var p in new[] { 3478, 5349 })
            {
                ports.Add(new V1ContainerPort(p, {|K8S1001:hostPort: p|}));
            }

            return new V1Container("coturn", image: "coturn/coturn:4.6", ports: ports);
        }

        public static IEnumerable<V1Container> Workers(int n)
        {
            for (var i = 0; i < n; i++)
            {
                yield return new V1Container($"worker-{i}", ports: new List<V1ContainerPort> { new V1ContainerPort(7000 + i) });
            }
        }
    }
}
