namespace Kmesh.Plugin.Views.Shared;

/// <summary>Marks an async load whose answer must be ignored because the view moved on (effect cleanup).</summary>
public sealed class Request
{
    public bool Cancelled { get; set; }
}
