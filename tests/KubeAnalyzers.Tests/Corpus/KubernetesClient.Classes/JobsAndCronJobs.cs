// Batch work with v17 constructors.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Batch
{
    public static class Jobs
    {
        public static V1Job Import(int workers) => new V1Job(
            metadata: new V1ObjectMeta(name: "import"),
            spec: new V1JobSpec(
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("import", ports: new List<V1ContainerPort> { new V1ContainerPort(9000, {|K8S1001:hostPort: 9000|}) }) }, restartPolicy: "Never")),
                parallelism: workers));

        public static V1Job Fixed() => new V1Job(
            metadata: new V1ObjectMeta(name: "fixed"),
            spec: new V1JobSpec(
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fixed") }, {|K8S2001:{|K8S2003:hostNetwork: true|}|}, restartPolicy: "Never")),
                {|K8S3003:parallelism: 3|}));

        public static V1CronJob Report() => new V1CronJob(
            metadata: new V1ObjectMeta(name: "report"),
            spec: new V1CronJobSpec(
                new V1JobTemplateSpec(spec: new V1JobSpec(new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("report", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, {|K8S1001:hostPort: 8089|}, {|K8S1005:protocol: "http"|}) }) })))),
                "0 * * * *"));
    }
}
