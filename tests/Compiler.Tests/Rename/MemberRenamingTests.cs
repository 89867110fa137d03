using CSharpToJs.Tests.Support;
using Xunit;

namespace CSharpToJs.Tests.Rename;

/// <summary>What RenameMembers shortens and what it must keep. Behaviour is pinned by the differential corpus and the
/// Kmesh model's compiled leg (both compile with the renaming on); these pin which names change.</summary>
public class MemberRenamingTests
{
    private const string Source = """
        using System;
        using System.Text.Json.Serialization;
        using CSharpToJs.Interop;

        [ObjectLiteral] public sealed class ChipOptions { public string DisplayLabel { get; set; } = ""; }
        [JsonShape] public sealed class PodDoc { [JsonPropertyName("PodPhase")] public string? PodPhase { get; set; } public string? NodeName { get; set; } }
        public enum TrafficMode { FirstMode, SecondMode }
        public sealed record Sample(int Requests, string Origin);
        public interface IGreeter { string GreetSomebody(string who); }
        public sealed class Greeter : IGreeter { public string GreetSomebody(string who) => "hello " + who; }
        public sealed class Counter
        {
            public int CurrentTotal;
            public int Bumps;
            public void AddAmount(int amount) => CurrentTotal += amount;
            [Name("KeepThisName")] public int Twice() => CurrentTotal * 2;
        }
        public static class Program
        {
            static void Bump(ref int value) => value++;
            public static void Main()
            {
                var counter = new Counter();
                counter.AddAmount(40);
                Bump(ref counter.Bumps);
                Bump(ref counter.Bumps);
                IGreeter greeter = new Greeter();
                var options = new ChipOptions { DisplayLabel = "chip" };
                var doc = new PodDoc { PodPhase = "Running", NodeName = "n1" };
                Console.WriteLine(counter.CurrentTotal + counter.Bumps + " " + counter.Twice() + " " + greeter.GreetSomebody("mesh"));
                Console.WriteLine(TrafficMode.SecondMode + " " + new Sample(3, "a") + " " + options.DisplayLabel + " " + doc.PodPhase + " " + doc.NodeName);
                Console.WriteLine(new Sample(3, "a") == new Sample(3, "a"));
            }
        }
        """;

    private static string Compile(bool rename, string source = Source, OutputKind kind = OutputKind.ConsoleProgram)
    {
        var result = JsCompiler.Compile(new CompileRequest
        {
            Sources = [new SourceFile("Test.cs", source)],
            References = TestCompiler.References,
            Kind = kind,
            RenameMembers = rename,
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    }

    [Fact]
    public void OwnMembersAreShortenedAndForeignNamesKept()
    {
        var js = Compile(rename: true);
        foreach (var own in new[] { "CurrentTotal", "Requests", "Origin" })
            Assert.DoesNotContain("." + own, js);
        foreach (var own in new[] { "AddAmount", "GreetSomebody" })
            Assert.DoesNotContain(own, js);
        Assert.Contains("displayLabel", js); // [ObjectLiteral]: a plain object JavaScript reads
        Assert.Contains("PodPhase", js); // JSON: [JsonPropertyName]
        Assert.Contains("nodeName", js);
        Assert.Contains("SecondMode", js); // enum names are printed
        Assert.Contains("KeepThisName", js); // [Name]
        Assert.Contains("Requests = ", js); // a record prints its C# names
        Assert.Contains("\"Bumps\"", js); // handed to $refMember by name, so kept
    }

    [Fact]
    public void RenamedProgramPrintsWhatTheReadableOneDoes()
    {
        var expected = "42 80 hello mesh\nSecondMode Sample { Requests = 3, Origin = a } chip Running n1\nTrue\n";
        Assert.Equal(expected, JsRunner.RunProgram(Compile(rename: false)).Output);
        Assert.Equal(expected, JsRunner.RunProgram(Compile(rename: true)).Output);
    }

    [Fact]
    public void RenamingIsDeterministic() => Assert.Equal(Compile(rename: true), Compile(rename: true));

    private const string Elements = """
        using System;
        using CSharpToJs.Interop;
        [External, JsGlobal("host")]
        public static class Host { public static void Show(object element) => throw new NotImplementedException(); }
        public static class El
        {
            [Template("pluginLib.React.createElement({type}, {props}, {*children})")]
            public static extern object Create(string type, object? props, params object[] children);
        }
        public static class Views
        {
            public static void Main() => Host.Show(El.Create("div", null, El.Create("b", null, "x"), "y"));
        }
        """;

    [Fact]
    public void ShippedTemplatesCallCreateElementThroughOneHelperWithReactAsThis()
    {
        Assert.Contains("pluginLib.React.createElement(\"div\"", Compile(rename: false, Elements, OutputKind.Plugin));
        var js = Compile(rename: true, Elements, OutputKind.Plugin);
        Assert.Contains("$createElement(\"div\"", js);
        const string host = """
            globalThis.pluginLib = { React: { tag: "react", createElement(type, props, ...children) {
              if (this.tag !== "react") throw new Error("this is not React");
              return type + "(" + children.join(",") + ")"; } } };
            globalThis.host = { show: e => console.log(e) };
            """;
        var (output, error) = JsRunner.RunProgram(host + js);
        Assert.Null(error);
        Assert.Equal("div(b(x),y)\n", output);
    }
}
