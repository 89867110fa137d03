using System.Collections.Generic;
using System.Linq;
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
