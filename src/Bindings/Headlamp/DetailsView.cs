using CSharpToJs.Interop;
using k8s.Models;

namespace Headlamp.Bindings;

/// <summary>The props Headlamp gives a section registered with <c>registerDetailsViewSection</c>: the details page's
/// object (a KubeObject of any kind), null while the page is still loading it.</summary>
[External]
public sealed class DetailsViewSectionProps
{
    private DetailsViewSectionProps() { }
    public extern DetailsResource? Resource { get; }
}

/// <summary>A details page's KubeObject whatever its kind: <see cref="Kind"/> says which JSON view applies.</summary>
[External]
public sealed class DetailsResource
{
    private DetailsResource() { }
    public extern string? Kind { get; }
    [Name("jsonData")] public extern V1Pod Pod { get; }
    [Name("jsonData")] public extern V1Namespace Namespace { get; }
    [Name("jsonData")] public extern V1Service Service { get; }
    [Name("jsonData")] public extern V1Node Node { get; }
}
