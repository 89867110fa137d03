using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class AccessTests
{
    private readonly PreviewServers servers;

    public AccessTests(PreviewServers servers) => this.servers = servers;

    [Fact]
    public async Task Missing_pod_answers_404_status_worded_like_kubernetes()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var (status, body) = await http.GetAsync("/api/v1/namespaces/kmesh-system/pods/kmesh-zzzzz");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"kmesh-zzzzz\" not found","reason":"NotFound","details":{"name":"kmesh-zzzzz","kind":"pods"},"code":404}""",
            body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var (crdStatus, crdBody) = await http.GetAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos/nope");
        Assert.Equal(HttpStatusCode.NotFound, crdStatus);
        Assert.Equal("kmeshnodeinfos.kmesh.net \"nope\" not found", crdBody["message"]!.GetValue<string>());
        Assert.Equal("kmesh.net", crdBody["details"]!["group"]!.GetValue<string>());
    }

    [Fact]
    public async Task Restricted_user_gets_403_on_kmeshnodeinfos_with_the_exact_message()
    {
        var http = new KubeHttp(await servers.GetAsync("restricted"));
        var (status, body) = await http.GetAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Forbidden", body["reason"]!.GetValue<string>());
        Assert.Equal(403, body["code"]!.GetValue<int>());
        Assert.Equal(
            "kmeshnodeinfos.kmesh.net is forbidden: User \"preview\" cannot list resource \"kmeshnodeinfos\" in API group \"kmesh.net\" in the namespace \"kmesh-system\"",
            body["message"]!.GetValue<string>());
        var (getStatus, getBody) = await http.GetAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos/kmesh-worker");
        Assert.Equal(HttpStatusCode.Forbidden, getStatus);
        Assert.StartsWith("kmeshnodeinfos.kmesh.net \"kmesh-worker\" is forbidden: User \"preview\" cannot get resource", getBody["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/namespaces/kmesh-system/pods")).Status);
    }

    [Fact]
    public async Task Restricted_user_cannot_open_an_exec_stream()
    {
        var server = await servers.GetAsync("restricted");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods"))[0];
        var error = await Assert.ThrowsAsync<WebSocketException>(() => ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", "/version")));
        Assert.Contains("403", error.Message);
        var (status, body, _) = await http.GetRawAsync(http.ClusterPath($"/api/v1/namespaces/kmesh-system/pods/{pod}/exec?container=kmesh&command=ls"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(
            $"pods \"{pod}\" is forbidden: User \"preview\" cannot create resource \"pods/exec\" in API group \"\" in the namespace \"kmesh-system\"",
            JsonNode.Parse(body)!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rules_review_reflects_the_restricted_role()
    {
        var http = new KubeHttp(await servers.GetAsync("restricted"));
        var (status, review) = await http.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
            new JsonObject { ["kind"] = "SelfSubjectRulesReview", ["apiVersion"] = "authorization.k8s.io/v1", ["spec"] = new JsonObject { ["namespace"] = "kmesh-system" } });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("kmesh-system", review["spec"]!["namespace"]!.GetValue<string>());
        var rules = review["status"]!["resourceRules"]!.AsArray();
        var resources = rules.SelectMany(r => r!["resources"]!.AsArray().Select(x => x!.GetValue<string>())).ToList();
        var groups = rules.SelectMany(r => r!["apiGroups"]!.AsArray().Select(x => x!.GetValue<string>())).ToList();
        Assert.Contains("pods", resources);
        Assert.DoesNotContain("pods/exec", resources);
        Assert.DoesNotContain("*", resources);
        Assert.DoesNotContain("kmesh.net", groups);
        Assert.False(review["status"]!["incomplete"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Access_reviews_answer_per_verb_and_resource()
    {
        async Task<bool> AllowedAsync(string scenario, string verb, string group, string resource, string? subresource)
        {
            var http = new KubeHttp(await servers.GetAsync(scenario));
            var attributes = new JsonObject { ["namespace"] = "kmesh-system", ["verb"] = verb, ["group"] = group, ["resource"] = resource };
            if (subresource is not null)
            {
                attributes["subresource"] = subresource;
            }
            var (status, review) = await http.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
                new JsonObject { ["spec"] = new JsonObject { ["resourceAttributes"] = attributes } });
            Assert.Equal(HttpStatusCode.Created, status);
            return review["status"]!["allowed"]!.GetValue<bool>();
        }

        Assert.False(await AllowedAsync("restricted", "create", "", "pods", "exec"));
        Assert.True(await AllowedAsync("restricted", "list", "", "pods", null));
        Assert.False(await AllowedAsync("restricted", "list", "kmesh.net", "kmeshnodeinfos", null));
        Assert.True(await AllowedAsync("healthy", "create", "", "pods", "exec"));
        Assert.True(await AllowedAsync("healthy", "list", "kmesh.net", "kmeshnodeinfos", null));
    }
}
