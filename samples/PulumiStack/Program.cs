using Pulumi;
using PulumiStack;

return await Deployment.RunAsync(() =>
{
    var nodeExporter = NodeExporter.Create();
    var web = WebFrontend.Create();

    // export the resources' names
    return new Dictionary<string, object?>
    {
        ["nodeExporter"] = nodeExporter.Metadata.Apply(m => m.Name),
        ["web"] = web.Metadata.Apply(m => m.Name),
    };
});
