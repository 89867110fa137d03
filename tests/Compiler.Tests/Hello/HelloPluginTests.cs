using CSharpToJs.Tests.Support;
using Xunit;

namespace CSharpToJs.Tests.Hello;

public class HelloPluginTests
{
    private static string Build()
    {
        var result = TestCompiler.Compile(HelloPlugin.Source, OutputKind.Plugin, "HelloPlugin.cs");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    }

    [Fact]
    public void RegistersSidebarEntryAndRouteAndRendersCounter()
    {
        var js = Build();
        var (output, error) = JsRunner.Run(js + HelloPlugin.Probe, engine => engine.Execute(HelloPlugin.FakeHost));
        Assert.Null(error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(
        [
            """registerSidebarEntry {"parent":null,"name":"hello","label":"Hello","url":"/hello","icon":"mdi:hand-wave"}""",
            """registerRoute {"path":"/hello","sidebar":"hello","name":"hello","exact":true,"component":"<fn/0>"}""",
            """tree {"type":"section","props":null,"children":[{"type":"h1","props":null,"children":["Hello from C#"]},{"type":"button","props":{"id":"hello-button","onClick":"<fn/0>"},"children":["Say hello"]}]}""",
            "set [1]",
            "label Hello × 2",
        ], lines);
    }

    [Fact]
    public void ReadsPluginLibOnceAndUsesReactThroughIt()
    {
        var js = Build();
        Assert.Contains("const pluginLib = globalThis.pluginLib;", js);
        Assert.Contains("pluginLib.registerSidebarEntry(", js);
        Assert.Contains("pluginLib.React.useState(0)", js);
        Assert.DoesNotContain("class SidebarEntry", js);
    }
}
