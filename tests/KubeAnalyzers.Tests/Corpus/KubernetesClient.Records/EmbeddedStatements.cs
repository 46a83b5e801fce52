// Assignments written as the single statement of an if, else, loop or lambda, without braces, and as expression bodies.
using System;
using System.Collections.Generic;
using k8s.Models;

namespace Statements;

public static class Embedded
{
    public static V1PodSpec Debug(bool debug, bool trace)
    {
        var spec = new V1PodSpec { Containers = [new() { Name = "app" }] };
        if (debug)
            {|K8S2001:{|K8S2003:spec.HostNetwork = true|}|};
        else if (trace)
            spec.HostPID = true;
        return spec;
    }

    public static V1ContainerPort Port(bool exposed)
    {
        var port = new V1ContainerPort { ContainerPort = 8080 };
        if (exposed) {|K8S1001:port.HostPort = 8080|};
        return port;
    }

    public static IEnumerable<V1ContainerPort> Ports(int count)
    {
        var ports = new List<V1ContainerPort>();
        for (var i = 0; i < count; i++)
            ports.Add(new V1ContainerPort { ContainerPort = 9000 + i, {|K8S1001:HostPort = 9000 + i|} });
        return ports;
    }

    public static void OnHost(V1PodSpec spec) => {|K8S2001:spec.HostNetwork = true|};

    public static Action<V1ContainerPort> Publish = port => {|K8S1001:port.HostPort = 80|};

    public static Func<V1PodSpec, bool?> Enable = spec => {|K8S2001:spec.HostNetwork = true|};

    public static V1PodSpec Local()
    {
        var spec = new V1PodSpec { Containers = [] };
        void Enable() => {|K8S2001:{|K8S2003:spec.HostNetwork = true|}|};
        Enable();
        return spec;
    }
}
