using ClusterManifests;

// Writes the manifests' names; a real program would apply them with k8s.Kubernetes or serialize them to YAML.
var objects = new object[] { NodeExporter.Create(), Ingress.Create(replicas: 2) };
foreach (var o in objects)
{
    Console.WriteLine(o.GetType().Name);
}
