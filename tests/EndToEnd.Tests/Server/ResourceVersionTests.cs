using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Kmesh.Preview;
using Kmesh.Preview.KubeApi;
using Kmesh.Preview.Scenarios;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

/// <summary>
/// A list's resourceVersion is newer than every object in it, so a watch started from it (what Headlamp's lists do)
/// replays nothing: otherwise every object arrives a second time as ADDED.
/// </summary>
[Collection(PreviewCollection.Name)]
public sealed class ResourceVersionTests(PreviewServers servers)
{
    public static IEnumerable<object[]> Scenarios => ScenarioCatalog.Names.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Every_objects_resource_version_is_at_most_the_lists(string scenario)
    {
        var store = (await servers.GetAsync(scenario)).Cluster.Store;
        foreach (var type in ResourceTypes.All)
        {
            var newer = store.Collection(type).Items.Where(o => o.ResourceVersion > store.ResourceVersion).Select(o => o.SortKey).Take(3).ToList();
            Assert.True(newer.Count == 0, $"{scenario}: {type.QualifiedName} {string.Join(", ", newer)} newer than the list's {store.ResourceVersion}");
        }
    }

    [Fact]
    public async Task Large_kmeshnodeinfo_watch_from_the_lists_resource_version_replays_nothing()
    {
        var server = await servers.GetAsync("large");
        var http = new KubeHttp(server);
        const string path = "/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos";
        var list = await http.GetOkAsync(path);
        Assert.Equal(5000, list["items"]!.AsArray().Count);
        var version = list["metadata"]!["resourceVersion"]!.GetValue<string>();

        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync($"clusters/{SimulatedCluster.ClusterName}{path}?watch=1&resourceVersion={version}",
            HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var replayed = await Record.ExceptionAsync(async () => await reader.ReadLineAsync(quiet.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(replayed);
    }
}
