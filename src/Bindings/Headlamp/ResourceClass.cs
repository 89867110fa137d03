using System.Collections.Generic;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>A KubeObject class (one of K8s.ResourceClasses or one made by Crd.MakeCustomResourceClass).
/// Its useList/useGet hooks are exposed through <see cref="ListState{TJson}"/> and <see cref="GetState{TJson}"/>,
/// which hide the Headlamp version differences in one place: before 0.26 both hooks returned a
/// <c>[data, error]</c> array, later an object <c>{items|data, error, …}</c> (also iterable).</summary>
[External]
public sealed class ResourceClass<TJson>
{
    private ResourceClass() { }

    [Template("((r) => Array.isArray(r) ? Object.fromEntries([['items', r[0]], ['error', r[1]]]) : r)({this}.useList({query}))")]
    public extern ListState<TJson> UseList(ListQuery query);

    [Template("((r) => Array.isArray(r) ? Object.fromEntries([['data', r[0]], ['error', r[1]]]) : r)({this}.useGet({name}, {namespace}))")]
    public extern GetState<TJson> UseGet(string name, string? @namespace);

    /// <summary>Wraps plain JSON into an instance of this class (for exec, ViewButton, ObjectEventList).</summary>
    [Template("new ({this})({json})")]
    public extern KubeObject<TJson> Wrap(TJson json);
}

/// <summary>What useList gives: <c>Items</c> is null while loading; <c>Error</c> is set when the list failed
/// (404 when the resource type is not installed, 403 when listing is forbidden).</summary>
[External]
public sealed class ListState<TJson>
{
    private ListState() { }
    public extern IList<KubeObject<TJson>>? Items { get; }
    public extern ApiError? Error { get; }
}

[External]
public sealed class GetState<TJson>
{
    private GetState() { }
    public extern KubeObject<TJson>? Data { get; }
    public extern ApiError? Error { get; }
}
