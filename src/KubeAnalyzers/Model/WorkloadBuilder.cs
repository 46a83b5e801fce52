using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace KubeAnalyzers.Model
{
    /// <summary>Reads the workload model from the object graph, by the API's JSON names; knows no library.</summary>
    internal static class WorkloadBuilder
    {
        /// <summary>
        /// True for the kinds <see cref="Build"/> makes a workload of. An operation block that creates or assigns no object of
        /// these kinds (only metadata or strategies, as a Service's or a ConfigMap's builder) yields no workload, so the analyzer
        /// does not read it. Test <c>WorkloadRootKinds_AreTheKindsBuildMakesAWorkloadOf</c> keeps the two in step.
        /// </summary>
        public static bool IsWorkloadRoot(string kind)
            => kind is "Pod" or "PodTemplate" or "PodTemplateSpec" or "PodSpec" or "Container" or "EphemeralContainer" or "ContainerPort"
                or "Deployment" or "DaemonSet" or "StatefulSet" or "ReplicaSet" or "ReplicationController" or "Job" or "CronJob"
                or "DeploymentSpec" or "DaemonSetSpec" or "StatefulSetSpec" or "ReplicaSetSpec" or "ReplicationControllerSpec" or "JobSpec"
                or "CronJobSpec" or "JobTemplateSpec";

        /// <summary>The workload an object stands for, or null when it holds no pod (metadata, a strategy on its own).</summary>
        public static WorkloadModel? Build(ObjectNode root)
        {
            switch (root.Kind)
            {
                case "Pod":
                    return Workload(WorkloadKind.Pod, root, root, workloadSpec: null, Child(root, "spec"));
                case "PodTemplate":
                    return Workload(WorkloadKind.PodTemplate, root, root, workloadSpec: null, Child(Child(root, "template"), "spec"));
                case "Deployment":
                case "DaemonSet":
                case "StatefulSet":
                case "ReplicaSet":
                case "ReplicationController":
                case "Job":
                    var spec = Child(root, "spec");
                    return Workload((WorkloadKind)Enum.Parse(typeof(WorkloadKind), root.Kind), root, root, spec, TemplatePod(spec), Opaque(root, "spec"));
                case "CronJob":
                    var jobTemplate = Child(Child(root, "spec"), "jobTemplate");
                    var jobSpec = Child(jobTemplate, "spec");
                    return Workload(WorkloadKind.CronJob, root, root, jobSpec, TemplatePod(jobSpec), Opaque(root, "spec") ?? Opaque(Child(root, "spec"), "jobTemplate") ?? Opaque(jobTemplate, "spec"));
                case "DeploymentSpec":
                case "DaemonSetSpec":
                case "StatefulSetSpec":
                case "ReplicaSetSpec":
                case "ReplicationControllerSpec":
                case "JobSpec":
                    var kind = (WorkloadKind)Enum.Parse(typeof(WorkloadKind), root.Kind.Substring(0, root.Kind.Length - "Spec".Length));
                    return Workload(kind, root, metadataOwner: null, root, TemplatePod(root));
                case "CronJobSpec":
                    var cronJobTemplate = Child(root, "jobTemplate");
                    var cronJobSpec = Child(cronJobTemplate, "spec");
                    return Workload(WorkloadKind.CronJob, root, metadataOwner: null, cronJobSpec, TemplatePod(cronJobSpec), Opaque(root, "jobTemplate") ?? Opaque(cronJobTemplate, "spec"));
                case "JobTemplateSpec":
                    var templateJobSpec = Child(root, "spec");
                    return Workload(WorkloadKind.Job, root, root, templateJobSpec, TemplatePod(templateJobSpec), Opaque(root, "spec"));
                case "PodTemplateSpec":
                    return Workload(WorkloadKind.Fragment, root, metadataOwner: null, workloadSpec: null, Child(root, "spec"));
                case "PodSpec":
                    return Workload(WorkloadKind.Fragment, root, metadataOwner: null, workloadSpec: null, root);
                case "Container":
                    return Fragment(root, ImmutableArray.Create(BuildContainer(root, ContainerRole.Regular)));
                case "EphemeralContainer":
                    return Fragment(root, ImmutableArray.Create(BuildContainer(root, ContainerRole.Ephemeral)));
                case "ContainerPort":
                    var container = new ContainerModel(root.Syntax, ContainerRole.Regular, ModelValue<string>.Absent, ImmutableArray.Create(BuildPort(root)), portsMember: null);
                    return Fragment(root, ImmutableArray.Create(container));
                default:
                    return null;
            }
        }

        /// <param name="workloadSpec">The object that holds the template and the counts: a Deployment's spec, a Job's spec.</param>
        /// <param name="opaqueSpec">The entry that sets the workload spec to something the analyzer cannot see into, if any: the counts are then unknown, not absent.</param>
        private static WorkloadModel Workload(WorkloadKind kind, ObjectNode root, ObjectNode? metadataOwner, ObjectNode? workloadSpec, ObjectNode? podSpec, PropertyEntry? opaqueSpec = null)
        {
            var name = Name(root, metadataOwner);
            var replicas = opaqueSpec is { } opaque
                ? ModelValue<int>.Unknown(opaque.Member, opaque.Value.Syntax)
                : kind is WorkloadKind.Job or WorkloadKind.CronJob ? Defaultable(workloadSpec, "parallelism", Values.Int) : Defaultable(workloadSpec, "replicas", Values.Int);
            var rollout = kind switch
            {
                WorkloadKind.Deployment => BuildRollout(workloadSpec, "strategy"),
                WorkloadKind.DaemonSet => BuildRollout(workloadSpec, "updateStrategy"),
                _ => RolloutModel.None,
            };
            var labels = BuildLabels(Child(Child(workloadSpec, "template"), "metadata"));
            return new WorkloadModel(kind, root.Syntax, root.FrontEnd, name, BuildPodSpec(podSpec), workloadSpec?.Syntax, replicas, rollout, labels);
        }

        private static RolloutModel BuildRollout(ObjectNode? workloadSpec, string strategyName)
        {
            if (workloadSpec is null || !workloadSpec.TryGet(strategyName, out var entry))
            {
                return workloadSpec is { IsPartial: true } ? RolloutModel.Unseen : RolloutModel.None;
            }

            var strategy = entry.Value is NodeGraphValue held ? held.Node : null;
            var rollingUpdate = Child(strategy, "rollingUpdate");
            var rollingUpdateMember = strategy is not null && strategy.TryGet("rollingUpdate", out var rollingUpdateEntry) ? rollingUpdateEntry.Member : null;
            var opaqueRollingUpdate = Opaque(strategy, "rollingUpdate");

            // RollingUpdate = a parameter or an Output<T>: its numbers are unknown, not the defaults.
            ModelValue<string> Number(string jsonName) => opaqueRollingUpdate is { } opaque
                ? ModelValue<string>.Unknown(opaque.Member, opaque.Value.Syntax)
                : Values.IntOrString(rollingUpdate, jsonName);

            return new RolloutModel(
                entry.Member,
                entry.Value is UnknownGraphValue ? ModelValue<string>.Unknown(entry.Member, entry.Value.Syntax) : Values.String(strategy, "type"),
                strategy?.Syntax,
                rollingUpdateMember,
                rollingUpdate?.Syntax,
                Number("maxSurge"),
                Number("maxUnavailable"));
        }

        private static TemplateLabels BuildLabels(ObjectNode? metadata)
        {
            if (metadata?.Get("labels") is not MapGraphValue { IsComplete: true, Entries.IsEmpty: false } map)
            {
                return TemplateLabels.Unknown;
            }

            var labels = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>(map.Entries.Length);
            foreach (var entry in map.Entries)
            {
                if (entry.Value is not ConstantGraphValue { Value: string value })
                {
                    return TemplateLabels.Unknown;
                }

                labels.Add(new KeyValuePair<string, string>(entry.Key, value));
            }

            return new TemplateLabels(labels.MoveToImmutable(), isKnown: true);
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
            => new(WorkloadKind.Fragment, root.Syntax, root.FrontEnd, ModelValue<string>.Absent, PodSpecModel.Synthetic(containers));

        private static ObjectNode? TemplatePod(ObjectNode? workloadSpec) => Child(Child(workloadSpec, "template"), "spec");

        private static PodSpecModel BuildPodSpec(ObjectNode? spec)
        {
            if (spec is null)
            {
                return PodSpecModel.Synthetic(ImmutableArray<ContainerModel>.Empty);
            }

            var containers = ImmutableArray.CreateBuilder<ContainerModel>();
            AddContainers(containers, spec, "containers", ContainerRole.Regular);
            AddContainers(containers, spec, "initContainers", ContainerRole.Init);
            AddContainers(containers, spec, "ephemeralContainers", ContainerRole.Ephemeral);
            return new PodSpecModel(
                spec.Syntax,
                Values.Bool(spec, "hostNetwork"),
                Values.Bool(spec, "hostPID"),
                Values.Bool(spec, "hostIPC"),
                Values.Bool(spec, "hostUsers"),
                Defaultable(spec, "dnsPolicy", Values.String),
                containers.ToImmutable());
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
            container.TryGet("ports", out var portsEntry);
            var items = Values.Items(container, "ports");
            foreach (var item in items)
            {
                if (item is NodeGraphValue port)
                {
                    ports.Add(BuildPort(port.Node));
                }
            }

            var portsMember = items.IsEmpty ? null : portsEntry.Member;
            return new ContainerModel(container.Syntax, role, Values.String(container, "name"), ports.ToImmutable(), portsMember);
        }

        private static PortModel BuildPort(ObjectNode port)
            => new(
                port.Syntax,
                Values.Int(port, "containerPort"),
                Defaultable(port, "hostPort", Values.Int),
                Values.String(port, "hostIP"),
                Values.String(port, "protocol"));

        private static ObjectNode? Child(ObjectNode? node, string jsonName) => node?.Get(jsonName) is NodeGraphValue child ? child.Node : null;

        /// <summary>
        /// A field whose absence a rule reads as Kubernetes' default (dnsPolicy, hostPort, the replica count): absent when the
        /// code does not set it on an object it creates, but unknown on an object seen only in part (<see cref="ObjectNode.IsPartial"/>).
        /// </summary>
        private static ModelValue<T> Defaultable<T>(ObjectNode? node, string jsonName, Func<ObjectNode?, string, ModelValue<T>> read)
            => node is { IsPartial: true } && !node.TryGet(jsonName, out _) ? ModelValue<T>.Unseen : read(node, jsonName);

        /// <summary>The entry when a property is set to a value that is neither an object the analyzer sees nor null.</summary>
        private static PropertyEntry? Opaque(ObjectNode? node, string jsonName)
            => node is not null && node.TryGet(jsonName, out var entry) && entry.Value is not (NodeGraphValue or ConstantGraphValue { Value: null }) ? entry : null;
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
            => Read(node, jsonName, static (object value, out bool result) => (result = value is true) || value is false);

        public static ModelValue<int> Int(ObjectNode? node, string jsonName) => Read<int>(node, jsonName, TryGetInt32);

        public static ModelValue<string> String(ObjectNode? node, string jsonName)
            => Read(node, jsonName, static (object value, out string result) => (result = value as string ?? string.Empty) == (object)value);

        /// <summary>An int-or-string field as written: <c>"1"</c> for the number 1, <c>"25%"</c> for the string.</summary>
        public static ModelValue<string> IntOrString(ObjectNode? node, string jsonName)
            => Read(node, jsonName, static (object value, out string result) =>
            {
                result = value as string ?? (TryGetInt32(value, out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
                return value is string || result.Length > 0;
            });

        private delegate bool Converter<T>(object value, out T result);

        /// <summary>Absent when not set, null when set to <c>null</c>, known when the constant converts, unknown otherwise.</summary>
        private static ModelValue<T> Read<T>(ObjectNode? node, string jsonName, Converter<T> convert)
        {
            if (node is null || !node.TryGet(jsonName, out var entry))
            {
                return ModelValue<T>.Absent;
            }

            return entry.Value switch
            {
                ConstantGraphValue { Value: null } => ModelValue<T>.Null(entry.Member, entry.Value.Syntax),
                ConstantGraphValue { Value: { } value } when convert(value, out var result) => ModelValue<T>.Known(result, entry.Member, entry.Value.Syntax),
                _ => ModelValue<T>.Unknown(entry.Member, entry.Value.Syntax),
            };
        }

        private static bool TryGetInt32(object value, out int number)
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
