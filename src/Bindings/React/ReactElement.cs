using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>What React.createElement returns. Opaque: only passed on to React as a child or prop.</summary>
[External]
public sealed class ReactElement
{
    private ReactElement() { }
}

/// <summary>The object React.useRef returns; <c>Current</c> survives re-renders.</summary>
[External]
public sealed class RefObject<T>
{
    private RefObject() { }
    public extern T Current { get; set; }
}
