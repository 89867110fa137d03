using System;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>Typed element builders over React.createElement for fragments and the plugin's own components
/// (static methods used as function components: the method group is the component's identity).</summary>
[External]
public static class El
{
    [Template("pluginLib.React.createElement(pluginLib.React.Fragment, null, {*children})")]
    public static extern ReactElement Fragment(params object?[] children);

    [Template("pluginLib.React.createElement({component}, null)")]
    public static extern ReactElement Component(Func<ReactElement?> component);

    [Template("pluginLib.React.createElement({component}, {props})")]
    public static extern ReactElement Component<TProps>(Func<TProps, ReactElement?> component, TProps props);
}
