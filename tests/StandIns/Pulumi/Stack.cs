namespace Pulumi
{
    /// <summary>Options of a <see cref="Stack"/>.</summary>
    public class StackOptions
    {
    }

    /// <summary>The root component of a program; <c>[Output]</c> properties become stack outputs.</summary>
    public class Stack : ComponentResource
    {
        public Stack(StackOptions? options = null)
            : base("pulumi:pulumi:Stack", "stack", ResourceArgs.Empty, new ComponentResourceOptions())
        {
        }
    }
}
