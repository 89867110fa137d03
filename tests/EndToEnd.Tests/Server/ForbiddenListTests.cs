using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

/// <summary><c>--forbid</c>: exactly the lists a real RBAC role without that grant could not read answer 403, worded like Kubernetes.</summary>
[Collection(PreviewCollection.Name)]
public sealed class ForbiddenListTests(PreviewServers servers)
{
    /// <summary>Every list the views read, by the name the tests use.</summary>
    public static readonly IReadOnlyDictionary<string, string> ViewLists = new Dictionary<string, string>
    {
        ["daemon pods"] = "/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh",
        ["all pods"] = "/api/v1/pods",
        ["namespaces"] = "/api/v1/namespaces",
        ["services"] = "/api/v1/services",
        ["nodes"] = "/api/v1/nodes",
        ["kmesh events"] = "/api/v1/namespaces/kmesh-system/events",
        ["gateways"] = "/apis/gateway.networking.k8s.io/v1/gateways",
        ["kmeshnodeinfos"] = "/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos",
    };

    public static IEnumerable<object[]> Cases => new[]
    {
        new object[] { "pods@kmesh-system", new[] { "daemon pods", "all pods" } },
        new object[] { "pods@cluster-wide", new[] { "all pods" } },
        new object[] { "namespaces", new[] { "namespaces" } },
        new object[] { "services", new[] { "services" } },
        new object[] { "nodes", new[] { "nodes" } },
        new object[] { "events", new[] { "kmesh events" } },
        new object[] { "gateways", new[] { "gateways" } },
        new object[] { "kmeshnodeinfos", new[] { "kmeshnodeinfos" } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Forbidding_one_resource_forbids_exactly_the_lists_rbac_would(string forbid, string[] forbiddenLists)
    {
        var http = new KubeHttp(await servers.GetForbiddingAsync("healthy", forbid));
        foreach (var (name, path) in ViewLists)
        {
            var (status, body) = await http.GetAsync(path);
            if (forbiddenLists.Contains(name))
            {
                Assert.Equal(HttpStatusCode.Forbidden, status);
                Assert.Equal("Forbidden", body["reason"]!.GetValue<string>());
                Assert.Equal(403, body["code"]!.GetValue<int>());
            }
            else
            {
                Assert.True(status == HttpStatusCode.OK, $"--forbid {forbid}: {name} answered {(int)status} {body.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task Pods_forbidden_in_kmesh_system_are_readable_elsewhere_and_say_so_like_kubernetes()
    {
        var http = new KubeHttp(await servers.GetForbiddingAsync("healthy", "pods@kmesh-system"));
        var (daemons, daemonsBody) = await http.GetAsync(ViewLists["daemon pods"]);
        Assert.Equal(HttpStatusCode.Forbidden, daemons);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \"preview\" cannot list resource \"pods\" in API group \"\" in the namespace \"kmesh-system\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}""",
            daemonsBody.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var (_, allBody) = await http.GetAsync("/api/v1/pods");
        Assert.Equal("pods is forbidden: User \"preview\" cannot list resource \"pods\" in API group \"\" at the cluster scope",
            allBody["message"]!.GetValue<string>());
        var (watch, _) = await http.GetAsync("/api/v1/namespaces/kmesh-system/pods?watch=1");
        Assert.Equal(HttpStatusCode.Forbidden, watch);
        Assert.Equal(6, (await http.GetOkAsync("/api/v1/namespaces/default/pods?labelSelector=app%20in%20(details,productpage,ratings,reviews)"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Rules_review_of_each_namespace_matches_what_the_authorizer_allows()
    {
        var http = new KubeHttp(await servers.GetForbiddingAsync("healthy", "pods@kmesh-system"));
        Assert.DoesNotContain("pods", await ReviewedResourcesAsync(http, "kmesh-system"));
        Assert.Contains("pods", await ReviewedResourcesAsync(http, "default"));
        Assert.Contains("pods/exec", await ReviewedResourcesAsync(http, "kmesh-system"));

        Assert.False(await AccessReviewAsync(http, "list", "pods", "kmesh-system"));
        Assert.False(await AccessReviewAsync(http, "list", "pods", null));
        Assert.True(await AccessReviewAsync(http, "list", "pods", "default"));
        Assert.True(await AccessReviewAsync(http, "list", "gateways", null, "gateway.networking.k8s.io"));
    }

    [Fact]
    public async Task Restricted_pods_reads_everything_the_views_need_but_pods_in_kmesh_system()
    {
        var server = await servers.GetAsync("restricted-pods");
        var http = new KubeHttp(server);
        foreach (var (name, path) in ViewLists)
        {
            var (status, body) = await http.GetAsync(path);
            var forbidden = name is "daemon pods" or "all pods";
            Assert.True(status == (forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.OK), $"{name} answered {(int)status} {body.ToJsonString()}");
        }
        Assert.Equal(3, (await http.GetOkAsync(ViewLists["kmeshnodeinfos"]))["items"]!.AsArray().Count);
        // No pods/exec either (the restricted viewer's role): the exec upgrade is refused.
        var error = await Assert.ThrowsAsync<WebSocketException>(() =>
            ExecClient.RunAsync(server, "kmesh-system", "any-daemon", AdminCommandLine.For("GET", "/version")));
        Assert.Contains("403", error.Message);
    }

    private static async Task<List<string>> ReviewedResourcesAsync(KubeHttp http, string ns)
    {
        var (status, review) = await http.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
            new JsonObject { ["kind"] = "SelfSubjectRulesReview", ["apiVersion"] = "authorization.k8s.io/v1", ["spec"] = new JsonObject { ["namespace"] = ns } });
        Assert.Equal(HttpStatusCode.Created, status);
        return review["status"]!["resourceRules"]!.AsArray()
            .Where(r => r!["apiGroups"]!.AsArray().Any(g => g!.GetValue<string>() is "" or "*"))
            .SelectMany(r => r!["resources"]!.AsArray().Select(x => x!.GetValue<string>())).ToList();
    }

    private static async Task<bool> AccessReviewAsync(KubeHttp http, string verb, string resource, string? ns, string group = "")
    {
        var attributes = new JsonObject { ["verb"] = verb, ["group"] = group, ["resource"] = resource };
        if (ns is not null)
        {
            attributes["namespace"] = ns;
        }
        var (_, review) = await http.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
            new JsonObject { ["kind"] = "SelfSubjectAccessReview", ["apiVersion"] = "authorization.k8s.io/v1", ["spec"] = new JsonObject { ["resourceAttributes"] = attributes } });
        return review["status"]!["allowed"]!.GetValue<bool>();
    }
}
