using System;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>pluginLib.React (React 18). Hooks follow the rules of hooks, which the compiler checks.</summary>
[External, JsGlobal("pluginLib.React")]
public static class React
{
    [Name("Fragment")]
    public static extern object Fragment { get; }

    public static extern ReactElement CreateElement(object type, object? props, params object?[] children);

    /// <summary><c>const [value, setValue] = useState(initial)</c>: tuples are JavaScript arrays.</summary>
    public static extern (T Value, Action<T> Set) UseState<T>(T initial);

    [Name("useEffect")]
    public static extern void UseEffect(Action effect, object?[] dependencies);

    /// <summary>An effect whose returned function React calls on cleanup (cancel a stream, ignore late answers).</summary>
    [Name("useEffect")]
    public static extern void UseEffect(Func<Action> effectWithCleanup, object?[] dependencies);

    public static extern T UseMemo<T>(Func<T> factory, object?[] dependencies);

    public static extern T UseCallback<T>(T callback, object?[] dependencies) where T : Delegate;

    public static extern RefObject<T> UseRef<T>(T initial);
}
