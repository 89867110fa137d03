using System.Collections.Generic;
using System.Linq;
using Kmesh.Model.Identity;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Plugin.Tests.Harness;
using Kmesh.Plugin.Views.BpfMaps;
using Kmesh.Plugin.Views.Shared;
using Xunit;

namespace Kmesh.Plugin.Tests.ViewModels;

public class MapTablesTests
{
    private static IEnumerable<MapRow> Rows(MapTable table) => Enumerable.Range(0, table.Count).Select(table.Row);

    [Fact]
    public void DualEngineDumpBecomesOneTablePerMapWithDecodedCells()
    {
        MapDump dump = MapTables.DualEngine(Scenario.Fixture("dual-engine-bpf-dump.json"), null);

        Assert.Null(dump.Error);
        Assert.Equal(new[] { "Services", "Backends", "Endpoints", "Frontends", "Workload policies" }, dump.Tables!.Select(t => t.Label));
        Assert.Equal(new[] { 6, 7, 7, 13, 2 }, dump.Tables!.Select(t => t.Count));
        MapRow firstService = dump.Tables![0].Row(0);
        Assert.Equal(new[] { "2", "2, 0, 0, 0, 0, 0, 0", "unspecified", "9080", "9080", "10.96.143.232:15008" }, firstService.Cells);
        Assert.Null(firstService.Identity);
        Assert.Equal(new[] { "53, 53, 9153", "53, 53, 9153", "" }, dump.Tables![0].Row(1).Cells.Skip(3));
        MapRow firstBackend = dump.Tables![1].Row(0);
        Assert.Equal(new[] { "10.244.1.9", "1", "default/details.default.svc.cluster.local", "" }, firstBackend.Cells);
        Assert.Equal("default/reviews-viewer", dump.Tables![4].Row(0).Cells[0]);
    }

    [Fact]
    public void EachRowCarriesTheEntryJsonAsTheDaemonSentItFormattedOnDemand()
    {
        MapDump dump = MapTables.DualEngine(Scenario.Fixture("dual-engine-bpf-dump.json"), null);

        string json = JsonPretty.Format(dump.Tables![0].Row(0).Raw!);
        Assert.Equal(
            "{\n  \"endpointCount\": \"2, 0, 0, 0, 0, 0, 0\",\n  \"lbPolicy\": \"UNSPECIFIED_MODE\",\n  \"servicePort\": \"9080\",\n" +
            "  \"targetPort\": \"9080\",\n  \"waypointAddr\": \"10.96.143.232\",\n  \"waypointPort\": 15008\n}", json);
        Assert.Contains("\"policyIds\": [\n    \"default/reviews-viewer\",\n    \"\",", JsonPretty.Format(dump.Tables![4].Row(0).Raw!));
    }

    [Fact]
    public void KernelNativeDumpDecodesAddressesAndPorts()
    {
        MapDump dump = MapTables.KernelNative(Scenario.Fixture("kernel-native-config-dump.json"));

        Assert.Null(dump.Error);
        Assert.Equal(new[] { "Listeners", "Clusters", "Routes" }, dump.Tables!.Select(t => t.Label));
        MapTable listeners = dump.Tables![0];
        Assert.Equal("0.0.0.0:9080", Rows(listeners).Single(r => r.Cells[0] == "0.0.0.0_9080").Cells[1]);
        Assert.Equal("10.96.45.12:9000", Rows(listeners).Single(r => r.Cells[0] == "10.96.45.12_9000").Cells[1]);
        Assert.Contains("outbound|9000||tcp-echo.default.svc.cluster.local", Rows(listeners).Single(r => r.Cells[0] == "10.96.45.12_9000").Cells[3]);
        MapTable clusters = dump.Tables![1];
        Assert.Equal("6", Rows(clusters).Single(r => r.Cells[0] == "PassthroughCluster").Cells[2]);
        Assert.Equal("least request", Rows(clusters).Single(r => r.Cells[0].StartsWith("outbound|9080||details")).Cells[2]);
        Assert.Equal(1, dump.Tables![2].Count);
        Assert.Equal("9080", dump.Tables![2].Row(0).Cells[0]);
    }

    private static IdentityIndex Index() => new IdentityIndex(ConfigDumpReader.Read(Scenario.Fixture("dual-engine-config-dump.json")).Value!,
        new List<WaypointAddress> { new("default", "waypoint", new[] { "10.96.143.232" }) });

    private static string Text(MapTable table) => string.Join("\n", Rows(table).Select(r => string.Join(" | ", r.Cells) + " => "
        + (r.Identity is null ? "-" : string.Join(", ", r.Identity.Entities.Select(e => e.Kind + " " + e.Key)) + " untied " + string.Join(", ", r.Identity.Untied) + (r.Identity.Candidates ? " candidates" : ""))
        + " raw " + (r.Raw is null ? "-" : JsonPretty.Format(r.Raw))));

    [Fact]
    public void TablesBuiltAFewRowsAtATimeEqualTablesBuiltWhenFirstRead()
    {
        string bpf = Scenario.Fixture("dual-engine-bpf-dump.json");
        MapDump whole = MapTables.DualEngine(bpf, Index());
        MapDump chunked = MapTables.DualEngine(bpf, Index());

        foreach (MapTable table in chunked.Tables!)
        {
            int steps = 0;
            while (!table.BuildSome(3)) steps++;
            Assert.Equal((table.Count + 2) / 3 - 1, System.Math.Max(0, steps));
            Assert.True(table.Built);
        }
        for (int t = 0; t < whole.Tables!.Count; t++)
        {
            Assert.Equal(Text(whole.Tables[t]), Text(chunked.Tables[t]));
            Assert.Equal(whole.Tables[t].Untied, chunked.Tables[t].Untied);
            Assert.Equal(whole.Tables[t].HasIdentity, chunked.Tables[t].HasIdentity);
        }
        Assert.Contains("Workload default/reviews-v2-5c757d5846-ptd9c, Service default/reviews untied", Text(chunked.Tables[1]));
    }

    [Fact]
    public void ReadingATablePartlyBuiltBuildsTheRestFirst()
    {
        MapDump dump = MapTables.DualEngine(Scenario.Fixture("dual-engine-bpf-dump.json"), Index());
        MapTable backends = dump.Tables![1];

        Assert.False(backends.Built);
        Assert.False(backends.BuildSome(2));
        MapRow last = backends.Row(6);

        Assert.True(backends.Built);
        Assert.Equal(new[] { "10.244.2.12", "1", "default/ratings.default.svc.cluster.local", "" }, last.Cells);
        Assert.Contains(new EntityRef(EntityKind.Service, "default", "ratings"), last.Identity!.Entities);
        Assert.True(backends.BuildSome(5));
        Assert.Equal(7, Rows(backends).Count());
        Assert.True(dump.Tables![0].HasIdentity);
        Assert.False(MapTables.DualEngine("{\"backends\":[]}", Index()).Tables![1].HasIdentity);
    }

    [Fact]
    public void TruncatedDumpIsReportedWithItsPosition()
    {
        string text = Scenario.Fixture("dual-engine-bpf-dump.json");
        MapDump dump = MapTables.DualEngine(text.Substring(0, text.Length / 2), null);

        Assert.Null(dump.Tables);
        Assert.Contains("line", dump.Error);
    }

    [Fact]
    public void WrongShapeIsReportedNotThrown()
    {
        MapDump dump = MapTables.KernelNative("{\"dynamicResources\": {\"listenerConfigs\": 5}}");

        Assert.Null(dump.Tables);
        Assert.Contains("listenerConfigs", dump.Error);
    }
}
