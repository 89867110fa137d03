using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The top box of our details pages, laid out like Headlamp's own: a Back button to the list, the title as
/// the page's main header and Headlamp's header actions (View YAML) beside it.</summary>
public static class DetailPage
{
    public static ReactElement Box(string title, string listRoute, object? yamlOf, params object?[] children) =>
        CommonComponents.SectionBox(new SectionBoxProps
        {
            Title = CommonComponents.SectionHeader(new SectionHeaderProps
            {
                Title = title,
                HeaderStyle = "main",
                Actions = yamlOf is null ? null : new object?[] { CommonComponents.ViewButton(new ViewButtonProps { Item = yamlOf }) },
            }),
            BackLink = Links.Url(listRoute),
        }, children);
}
