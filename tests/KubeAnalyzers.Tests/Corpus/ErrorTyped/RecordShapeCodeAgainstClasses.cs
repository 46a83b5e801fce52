// v18 code (collection expressions into required members, `with`) compiled against the v17 classes.
// compiler-errors: expected
// standin: KubernetesClientClasses
using k8s.Models;

namespace Downgrade;

public static class New
{
    public static V1PodSpec Spec(V1PodSpec baseSpec) => baseSpec with { {|K8S2001:HostNetwork = true|} };

    public static IntOrString Surge() => "25%";
}
