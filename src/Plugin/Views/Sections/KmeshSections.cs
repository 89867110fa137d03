using Headlamp.Bindings;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Sections;

/// <summary>The one section registered with Headlamp: called on every details page, it renders the Kmesh section of
/// Pods, Namespaces, Services and Nodes (each a component of its own, so each kind's hooks stay fixed) and nothing
/// on other kinds or while the page is still loading its object.</summary>
public static class KmeshSections
{
    public static ReactElement? Render(DetailsViewSectionProps props)
    {
        bool worded = Tr.Use();
        DetailsResource? resource = props.Resource;
        if (resource is null || !worded) return null;
        return resource.Kind switch
        {
            "Pod" => El.Component(PodSection.Component, new PodSectionProps { Pod = resource.Pod, Key = resource.Pod.Metadata?.Uid }),
            "Namespace" => El.Component(NamespaceSection.Component, new NamespaceSectionProps { Namespace = resource.Namespace, Key = resource.Namespace.Metadata?.Uid }),
            "Service" => El.Component(ServiceSection.Component, new ServiceSectionProps { Service = resource.Service, Key = resource.Service.Metadata?.Uid }),
            "Node" => El.Component(NodeSection.Component, new NodeSectionProps { Node = resource.Node, Key = resource.Node.Metadata?.Uid }),
            _ => null,
        };
    }
}
