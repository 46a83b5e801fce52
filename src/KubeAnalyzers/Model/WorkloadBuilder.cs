using System;
using System.Collections.Immutable;

namespace KubeAnalyzers.Model
{
    /// <summary>Reads the workload model from the object graph, by the API's JSON names; knows no library.</summary>
    internal static class WorkloadBuilder
    {
        /// <summary>The workload an object stands for, or null when it holds no pod (metadata, a strategy on its own).</summary>
        public static WorkloadModel? Build(ObjectNode root)
        {
            switch (root.Kind)
            {
                case "Pod":
                    return Workload(WorkloadKind.Pod, root, root, Child(root, "spec"));
                case "PodTemplate":
                    return Workload(WorkloadKind.PodTemplate, root, root, Child(Child(root, "template"), "spec"));
                case "Deployment":
                case "DaemonSet":
                case "StatefulSet":
                case "ReplicaSet":
                case "ReplicationController":
                case "Job":
                    return Workload((WorkloadKind)Enum.Parse(typeof(WorkloadKind), root.Kind), root, root, TemplatePod(Child(root, "spec")));
                case "CronJob":
                    return Workload(WorkloadKind.CronJob, root, root, TemplatePod(Child(Child(Child(root, "spec"), "jobTemplate"), "spec")));
                case "DeploymentSpec":
                case "DaemonSetSpec":
                case "StatefulSetSpec":
                case "ReplicaSetSpec":
                case "ReplicationControllerSpec":
                case "JobSpec":
                    var kind = (WorkloadKind)Enum.Parse(typeof(WorkloadKind), root.Kind.Substring(0, root.Kind.Length - "Spec".Length));
                    return Workload(kind, root, metadataOwner: null, TemplatePod(root));
                case "CronJobSpec":
                    return Workload(WorkloadKind.CronJob, root, metadataOwner: null, TemplatePod(Child(Child(root, "jobTemplate"), "spec")));
                case "JobTemplateSpec":
                    return Workload(WorkloadKind.Job, root, root, TemplatePod(Child(root, "spec")));
                case "PodTemplateSpec":
                    return Workload(WorkloadKind.Fragment, root, metadataOwner: null, Child(root, "spec"));
                case "PodSpec":
                    return Workload(WorkloadKind.Fragment, root, metadataOwner: null, root);
                case "Container":
                    return Fragment(root, ImmutableArray.Create(BuildContainer(root, ContainerRole.Regular)));
                case "EphemeralContainer":
                    return Fragment(root, ImmutableArray.Create(BuildContainer(root, ContainerRole.Ephemeral)));
                case "ContainerPort":
                    var container = new ContainerModel(root.Syntax, ContainerRole.Regular, ModelValue<string>.Absent, ImmutableArray.Create(BuildPort(root)));
                    return Fragment(root, ImmutableArray.Create(container));
                default:
                    return null;
            }
        }

        private static WorkloadModel Workload(WorkloadKind kind, ObjectNode root, ObjectNode? metadataOwner, ObjectNode? podSpec)
        {
            var name = Name(root, metadataOwner);
            return new WorkloadModel(kind, root.Syntax, root.FrontEnd, name, BuildPodSpec(podSpec));
        }

        /// <summary><c>metadata.name</c> when it is known, otherwise the resource name a deployment tool gives the object when that is.</summary>
        private static ModelValue<string> Name(ObjectNode root, ObjectNode? metadataOwner)
        {
            var name = Values.String(Child(metadataOwner, "metadata"), "name");
            return !name.IsKnown && root.ResourceName is { } resourceName && resourceName.Value is ConstantGraphValue { Value: string value }
                ? ModelValue<string>.Known(value, resourceName.Member, resourceName.Value.Syntax)
                : name;
        }

        private static WorkloadModel Fragment(ObjectNode root, ImmutableArray<ContainerModel> containers)
            => new(WorkloadKind.Fragment, root.Syntax, root.FrontEnd, ModelValue<string>.Absent, new PodSpecModel(null, ModelValue<bool>.Absent, containers));

        private static ObjectNode? TemplatePod(ObjectNode? workloadSpec) => Child(Child(workloadSpec, "template"), "spec");

        private static PodSpecModel BuildPodSpec(ObjectNode? spec)
        {
            if (spec is null)
            {
                return new PodSpecModel(null, ModelValue<bool>.Absent, ImmutableArray<ContainerModel>.Empty);
            }

            var containers = ImmutableArray.CreateBuilder<ContainerModel>();
            AddContainers(containers, spec, "containers", ContainerRole.Regular);
            AddContainers(containers, spec, "initContainers", ContainerRole.Init);
            AddContainers(containers, spec, "ephemeralContainers", ContainerRole.Ephemeral);
            return new PodSpecModel(spec.Syntax, Values.Bool(spec, "hostNetwork"), containers.ToImmutable());
        }

        private static void AddContainers(ImmutableArray<ContainerModel>.Builder containers, ObjectNode spec, string jsonName, ContainerRole role)
        {
            foreach (var item in Values.Items(spec, jsonName))
            {
                if (item is NodeGraphValue container)
                {
                    containers.Add(BuildContainer(container.Node, role));
                }
            }
        }

        private static ContainerModel BuildContainer(ObjectNode container, ContainerRole role)
        {
            var ports = ImmutableArray.CreateBuilder<PortModel>();
            foreach (var item in Values.Items(container, "ports"))
            {
                if (item is NodeGraphValue port)
                {
                    ports.Add(BuildPort(port.Node));
                }
            }

            return new ContainerModel(container.Syntax, role, Values.String(container, "name"), ports.ToImmutable());
        }

        private static PortModel BuildPort(ObjectNode port)
            => new(
                port.Syntax,
                Values.Int(port, "containerPort"),
                Values.Int(port, "hostPort"),
                Values.String(port, "hostIP"),
                Values.String(port, "protocol"));

        private static ObjectNode? Child(ObjectNode? node, string jsonName) => node?.Get(jsonName) is NodeGraphValue child ? child.Node : null;
    }

    /// <summary>Typed reads of graph properties into model values.</summary>
    internal static class Values
    {
        /// <summary>
        /// The items of a list property. A single object where a list is expected is a one-item list: a library may
        /// convert one item to a list (Pulumi's <c>Ports = new ContainerPortArgs { ... }</c>).
        /// </summary>
        public static ImmutableArray<GraphValue> Items(ObjectNode node, string jsonName)
            => node.Get(jsonName) switch
            {
                ListGraphValue list => list.Items,
                NodeGraphValue single => ImmutableArray.Create<GraphValue>(single),
                _ => ImmutableArray<GraphValue>.Empty,
            };

        public static ModelValue<bool> Bool(ObjectNode? node, string jsonName)
        {
            if (node is null || !node.TryGet(jsonName, out var entry))
            {
                return ModelValue<bool>.Absent;
            }

            return entry.Value switch
            {
                ConstantGraphValue { Value: bool value } => ModelValue<bool>.Known(value, entry.Member, entry.Value.Syntax),
                ConstantGraphValue { Value: null } => ModelValue<bool>.Absent,
                _ => ModelValue<bool>.Unknown(entry.Member, entry.Value.Syntax),
            };
        }

        public static ModelValue<int> Int(ObjectNode? node, string jsonName)
        {
            if (node is null || !node.TryGet(jsonName, out var entry))
            {
                return ModelValue<int>.Absent;
            }

            return entry.Value switch
            {
                ConstantGraphValue { Value: null } => ModelValue<int>.Absent,
                ConstantGraphValue { Value: var value } when TryGetInt32(value, out var number) => ModelValue<int>.Known(number, entry.Member, entry.Value.Syntax),
                _ => ModelValue<int>.Unknown(entry.Member, entry.Value.Syntax),
            };
        }

        public static ModelValue<string> String(ObjectNode? node, string jsonName)
        {
            if (node is null || !node.TryGet(jsonName, out var entry))
            {
                return ModelValue<string>.Absent;
            }

            return entry.Value switch
            {
                ConstantGraphValue { Value: string value } => ModelValue<string>.Known(value, entry.Member, entry.Value.Syntax),
                ConstantGraphValue { Value: null } => ModelValue<string>.Absent,
                _ => ModelValue<string>.Unknown(entry.Member, entry.Value.Syntax),
            };
        }

        private static bool TryGetInt32(object? value, out int number)
        {
            switch (value)
            {
                case int i:
                    number = i;
                    return true;
                case long l when l >= int.MinValue && l <= int.MaxValue:
                    number = (int)l;
                    return true;
                case short s:
                    number = s;
                    return true;
                case byte b:
                    number = b;
                    return true;
                case sbyte sb:
                    number = sb;
                    return true;
                case ushort us:
                    number = us;
                    return true;
                case uint ui when ui <= int.MaxValue:
                    number = (int)ui;
                    return true;
                default:
                    number = 0;
                    return false;
            }
        }
    }
}
