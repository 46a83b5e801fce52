namespace Pulumi
{
    /// <summary>Base of argument bags (resource arguments, invoke arguments).</summary>
    public abstract class InputArgs
    {
    }

    /// <summary>Base of all resource argument types (<c>DeploymentArgs</c>, <c>ContainerArgs</c>, ...).</summary>
    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = new EmptyResourceArgs();

        private sealed class EmptyResourceArgs : ResourceArgs
        {
        }
    }

    /// <summary>Base of invoke (function call) argument types.</summary>
    public abstract class InvokeArgs : InputArgs
    {
    }
}
