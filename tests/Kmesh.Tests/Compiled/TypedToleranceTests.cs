using System.Collections.Generic;
using System.Linq;
using CSharpToJs;
using Xunit;

namespace Kmesh.Tests.Compiled;

/// <summary>Wrong JSON types in Kubernetes objects. Natively the typed deserializer rejects such documents, so only
/// the compiled model (where objects are JSON.parse output) can meet them: these tests run it under Jint and pin
/// that a wrong type is reported with its path, never reinterpreted.</summary>
public class TypedToleranceTests
{
    private const string Program = """
        using System;
        using System.Collections.Generic;
        using CSharpToJs.Interop;
        using k8s.Models;
        using Kmesh.Model.Rules;
        using Kmesh.Model.Shapes;

        public static class Program
        {
            private static readonly DateTime Now = new DateTime(2025, 12, 10, 9, 0, 0, DateTimeKind.Utc);

            private static void Pod(string label, string json)
            {
                V1Pod pod = JsonShapes.Parse<V1Pod>(json);
                DaemonStatus status = DaemonHealthRules.Classify(pod, Now);
                Console.WriteLine($"{label}: {PodShape.Problem(pod) ?? "ok"} | mode {DataplaneModeRules.FromPod(pod).Mode} | {status.Condition} | {status.Health.Reason}");
            }

            public static void Main()
            {
                string ok = "{\"metadata\":{\"name\":\"kmesh-a\",\"namespace\":\"kmesh-system\",\"labels\":{\"app\":\"kmesh\"}},\"spec\":{\"nodeName\":\"n1\",\"containers\":[{\"name\":\"kmesh\",\"image\":\"ghcr.io/kmesh-net/kmesh:v1.2.0\",\"args\":[\"./start_kmesh.sh --mode=kernel-native\"]}]},\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}],\"containerStatuses\":[{\"name\":\"kmesh\",\"restartCount\":0}]}}";
                Pod("well-typed", ok);
                Pod("args string", ok.Replace("\"args\":[\"./start_kmesh.sh --mode=kernel-native\"]", "\"args\":\"./start_kmesh.sh --mode=kernel-native\""));
                Pod("containers string", ok.Replace("\"containers\":[{\"name\":\"kmesh\",\"image\":\"ghcr.io/kmesh-net/kmesh:v1.2.0\",\"args\":[\"./start_kmesh.sh --mode=kernel-native\"]}]", "\"containers\":\"kmesh\""));
                Pod("label number", ok.Replace("\"app\":\"kmesh\"", "\"app\":7"));
                Pod("restartCount missing", ok.Replace(",\"restartCount\":0", ""));
                Pod("conditions object", ok.Replace("\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]", "\"conditions\":{\"type\":\"Ready\"}"));

                var infos = new List<KmeshNodeInfo>
                {
                    JsonShapes.Parse<KmeshNodeInfo>("{\"metadata\":{\"name\":\"n1\"},\"spec\":{\"spi\":\"2\"}}"),
                    JsonShapes.Parse<KmeshNodeInfo>("{\"metadata\":{\"name\":\"n2\"},\"spec\":{\"spi\":2}}"),
                };
                IpsecSummary ipsec = IpsecRules.Evaluate(infos, new List<DaemonReadiness> { new DaemonReadiness("n1", true), new DaemonReadiness("n2", true) }, Now);
                Console.WriteLine($"spi string: {ipsec.State}; without spi [{string.Join(",", ipsec.NodesWithoutSpi)}]; n1 {IpsecRules.NodeSpi(Known<IReadOnlyList<KmeshNodeInfo>>.Of(infos), "n1").Value}");
                Gateway gateway = JsonShapes.Parse<Gateway>("{\"metadata\":{\"name\":\"w\"},\"spec\":{\"gatewayClassName\":\"istio-waypoint\"},\"status\":{\"conditions\":\"Programmed\",\"addresses\":\"10.0.0.1\"}}");
                Console.WriteLine($"gateway: {WaypointRules.Status(gateway).Reason}; addresses [{string.Join(",", WaypointRules.Addresses(gateway))}]");
            }
        }
        """;

    [Fact]
    public void Wrong_typed_kubernetes_fields_are_reported_with_their_path_and_never_reinterpreted()
    {
        List<SourceFile> sources = CompiledLeg.ModelSources();
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/TypedTolerance.g.cs", Program));
        CompileResult compiled = JsCompiler.Compile(new CompileRequest { Sources = sources, References = CompiledLeg.References, Kind = OutputKind.ConsoleProgram, RenameMembers = true });
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics.Where(d => d.Severity == Severity.Error)));

        (string output, string? error) = CompiledLeg.Run(compiled.JavaScript!);

        Assert.Null(error);
        Assert.Equal(new[]
        {
            "well-typed: ok | mode kernel-native | Ready | running and ready",
            // Today the args string was joined character by character ("d u a l"…) and the mode read as the default.
            "args string: $.spec.containers[0].args is a string, expected a list | mode dual-engine | Unreadable | the pod's JSON is unreadable: $.spec.containers[0].args is a string, expected a list",
            "containers string: $.spec.containers is a string, expected a list | mode dual-engine | Unreadable | the pod's JSON is unreadable: $.spec.containers is a string, expected a list",
            "label number: $.metadata.labels[\"app\"] is a number, expected a string | mode kernel-native | Unreadable | the pod's JSON is unreadable: $.metadata.labels[\"app\"] is a number, expected a string",
            // Today a missing restartCount made the total NaN.
            "restartCount missing: $.status.containerStatuses[0].restartCount is nothing, expected a number | mode kernel-native | Unreadable | the pod's JSON is unreadable: $.status.containerStatuses[0].restartCount is nothing, expected a number",
            "conditions object: $.status.conditions is an object, expected a list | mode kernel-native | Unreadable | the pod's JSON is unreadable: $.status.conditions is an object, expected a list",
            // Today a string SPI was a third SPI group "2" next to 2.
            "spi string: Agreed; without spi [n1]; n1 no SPI in its KmeshNodeInfo",
            "gateway: status unreadable: $.status.conditions is a string, expected a list; addresses []",
        }, output.TrimEnd('\n').Split('\n'));
    }
}
