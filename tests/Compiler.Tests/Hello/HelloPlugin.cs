namespace CSharpToJs.Tests.Hello;

/// <summary>A tiny Headlamp plugin: one sidebar entry and one route whose component keeps a counter in UseState.
/// Its few externals are declared locally, as a bindings assembly would.</summary>
public static class HelloPlugin
{
    public const string Source = """
        using System;
        using CSharpToJs.Interop;

        [External, JsGlobal("pluginLib")]
        public static class PluginLib
        {
            public static void RegisterSidebarEntry(SidebarEntry entry) => throw new NotImplementedException();
            public static void RegisterRoute(Route route) => throw new NotImplementedException();
        }

        [External, JsGlobal("pluginLib.React")]
        public static class React
        {
            public static (T Value, Action<T> Set) UseState<T>(T initial) => throw new NotImplementedException();

            [Template("pluginLib.React.createElement({type}, {props}, {*children})")]
            public static object CreateElement(string type, object? props, params object[] children) => throw new NotImplementedException();
        }

        [ObjectLiteral]
        public sealed class SidebarEntry
        {
            public string? Parent { get; set; }
            public string Name { get; set; } = "";
            public string Label { get; set; } = "";
            public string Url { get; set; } = "";
            public string? Icon { get; set; }
        }

        [ObjectLiteral]
        public sealed class Route
        {
            public string Path { get; set; } = "";
            public string Sidebar { get; set; } = "";
            public string Name { get; set; } = "";
            public bool Exact { get; set; }
            public Func<object>? Component { get; set; }
        }

        [ObjectLiteral]
        public sealed class ButtonProps
        {
            public string? Id { get; set; }
            public Action? OnClick { get; set; }
        }

        public static class Hello
        {
            static object Counter()
            {
                var (count, setCount) = React.UseState(0);
                var label = count == 0 ? "Say hello" : $"Hello × {count}";
                return React.CreateElement("section", null,
                    React.CreateElement("h1", null, "Hello from C#"),
                    React.CreateElement("button", new ButtonProps { Id = "hello-button", OnClick = () => setCount(count + 1) }, label));
            }

            public static void Main()
            {
                PluginLib.RegisterSidebarEntry(new SidebarEntry { Parent = null, Name = "hello", Label = "Hello", Url = "/hello", Icon = "mdi:hand-wave" });
                PluginLib.RegisterRoute(new Route { Path = "/hello", Sidebar = "hello", Name = "hello", Exact = true, Component = Counter });
            }
        }
        """;

    /// <summary>A fake pluginLib that records register* calls and a fake React whose createElement records the tree
    /// and whose useState returns a fixed state and records set calls.</summary>
    public const string FakeHost = """
        globalThis.__calls = [];
        globalThis.__stateSets = [];
        globalThis.pluginLib = {
          registerSidebarEntry: entry => __calls.push({ fn: "registerSidebarEntry", arg: entry }),
          registerRoute: route => __calls.push({ fn: "registerRoute", arg: route }),
          React: {
            useState: initial => [globalThis.__state ?? initial, v => __stateSets.push(v)],
            createElement: (type, props, ...children) => ({ type, props, children }),
          },
        };
        """;

    /// <summary>Renders the registered route's component and prints registrations and tree as JSON.</summary>
    public const string Probe = """
        ;(function () {
          const show = v => JSON.stringify(v, (k, x) => typeof x === "function" ? "<fn/" + x.length + ">" : x);
          for (const c of __calls) console.log(c.fn + " " + show(c.arg));
          const route = __calls.find(c => c.fn === "registerRoute").arg;
          const tree = route.component();
          console.log("tree " + show(tree));
          tree.children[1].props.onClick();
          console.log("set " + show(__stateSets));
          globalThis.__state = 2;
          console.log("label " + route.component().children[1].children[0]);
        })();
        """;
}
