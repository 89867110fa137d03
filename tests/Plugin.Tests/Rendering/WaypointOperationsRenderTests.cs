using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>Waypoint create and delete: YAML shown before anything is applied, writes through Headlamp's ApiProxy,
/// the delete warning lists what still uses the waypoint, and both are refused without RBAC.</summary>
public class WaypointOperationsRenderTests
{
    private const string Gateways = "/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways";

    private static RenderedNode Button(RenderedNode within, string text) => within.All("Button").Single(b => b.VisibleText() == text);

    private static RenderedNode Button(RenderResult page, string text) => page.All("Button").Single(b => b.VisibleText() == text);

    private static JsonNode[] Writes(PluginHost host) =>
        host.Requests.Where(r => r!["method"]!.GetValue<string>() != "GET" && !r["path"]!.GetValue<string>().Contains("selfsubject")).Select(r => r!).ToArray();

    [Fact]
    public void CreatingAWaypointShowsTheYamlFirstThenPostsTheGatewayAndLabelsTheNamespace()
    {
        var scenario = Clusters.HealthyDualEngine()
            .Request("POST " + Gateways, 201, "{}")
            .Request("PATCH /api/v1/namespaces/default", 200, "{}");
        var host = new PluginHost(scenario);
        RenderResult page = host.Render("kmesh-waypoints");

        page = host.Invoke(Button(page, "Create waypoint"), "onClick");
        var dialog = page.Single("Dialog");
        page = host.Type(dialog.All("TextField").Single(t => t.Prop("label") == "Name"), "bookinfo-wp");
        page = host.Type(page.Single("Dialog").All("TextField").Single(t => t.Prop("label") == "Route through it"), "namespace");

        string preview = page.Single("Dialog").VisibleText();
        Assert.Contains("kind: Gateway\nmetadata:\n  name: bookinfo-wp\n  namespace: default\n  labels:\n    istio.io/waypoint-for: service", preview);
        Assert.Contains("gatewayClassName: istio-waypoint\n  listeners:\n  - name: mesh\n    port: 15008\n    protocol: HBONE", preview);
        Assert.Contains("sidecar.istio.io/proxyImage: ghcr.io/kmesh-net/waypoint:v1.2.0", preview);
        Assert.Contains("# label namespace default\nmetadata:\n  labels:\n    istio.io/use-waypoint: bookinfo-wp", preview);
        Assert.Empty(Writes(host));

        page = host.Invoke(Button(page.Single("Dialog"), "Apply"), "onClick");

        var writes = Writes(host);
        Assert.Equal(new[] { "POST " + Gateways, "PATCH /api/v1/namespaces/default" }, writes.Select(w => w["method"] + " " + w["path"]));
        var body = JsonNode.Parse(writes[0]["body"]!.GetValue<string>())!;
        Assert.Equal("istio-waypoint", body["spec"]!["gatewayClassName"]!.GetValue<string>());
        Assert.Equal("{\"metadata\":{\"labels\":{\"istio.io/use-waypoint\":\"bookinfo-wp\"}}}", writes[1]["body"]!.GetValue<string>());
        var results = page.Single("Dialog").All("SimpleTable").Single().RowTexts();
        Assert.Equal("Gateway default/bookinfo-wp created", results[0][0]);
        Assert.Equal(new[] { "Succeeded", "Succeeded" }, results.Select(r => r[1]));
    }

    [Fact]
    public void InvalidNameIsRefusedBeforeAnythingIsSent()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        RenderResult page = host.Render("kmesh-waypoints");
        page = host.Invoke(Button(page, "Create waypoint"), "onClick");

        page = host.Type(page.Single("Dialog").All("TextField").Single(t => t.Prop("label") == "Name"), "Bad_Name");

        Assert.Contains("name \"Bad_Name\" is not a valid name", page.Single("Dialog").VisibleText());
        Assert.Equal("true", Button(page.Single("Dialog"), "Apply").Prop("disabled"));
    }

    [Fact]
    public void ForbiddenCreateNamesTheMissingPermission()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().Deny("create gateways"));

        RenderResult page = host.Render("kmesh-waypoints");

        Assert.Equal("true", Button(page, "Create waypoint").Prop("disabled"));
        Assert.Contains("Not allowed: your account may not create gateways (gateway.networking.k8s.io) cluster-wide.", page.Text);
    }

    [Fact]
    public void FailedCreateShowsTheApiServersMessage()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().Request("POST " + Gateways, 409,
            "{\"kind\":\"Status\",\"message\":\"gateways.gateway.networking.k8s.io \\\"waypoint\\\" already exists\",\"reason\":\"AlreadyExists\",\"code\":409}"));
        RenderResult page = host.Render("kmesh-waypoints");
        page = host.Invoke(Button(page, "Create waypoint"), "onClick");

        page = host.Invoke(Button(page.Single("Dialog"), "Apply"), "onClick");

        var row = page.Single("Dialog").All("SimpleTable").Single().RowTexts().Single();
        Assert.Equal("Failed", row[1]);
        Assert.Contains("409", row[2]);
        Assert.Contains("already exists", row[2]);
    }

    [Fact]
    public void DeletingWarnsAboutItsUsersThenDeletes()
    {
        var scenario = Clusters.HealthyDualEngine()
            .RouteParams(new JsonObject { ["namespace"] = "default", ["name"] = "waypoint" })
            .Request("DELETE " + Gateways + "/waypoint", 200, "{}");
        var host = new PluginHost(scenario);
        RenderResult page = host.Render("kmesh-waypoint");

        page = host.Invoke(Button(page, "Delete waypoint"), "onClick");

        string warning = page.Single("Dialog").VisibleText();
        Assert.Contains("DELETE Gateway default/waypoint", warning);
        Assert.Contains("Still labelled istio.io/use-waypoint for this waypoint: service reviews.", warning);
        Assert.Empty(Writes(host));

        page = host.Invoke(Button(page.Single("Dialog"), "Delete"), "onClick");

        Assert.Equal(new[] { "DELETE " + Gateways + "/waypoint" }, Writes(host).Select(w => w["method"] + " " + w["path"]));
        Assert.Equal("Succeeded", page.Single("Dialog").All("SimpleTable").Single().RowTexts().Single()[1]);
    }

    [Fact]
    public void ForbiddenDeleteIsDisabledAndReadOnlyHidesBoth()
    {
        var route = new JsonObject { ["namespace"] = "default", ["name"] = "waypoint" };
        var denied = new PluginHost(Clusters.HealthyDualEngine().RouteParams(route).Deny("delete gateways")).Render("kmesh-waypoint");
        Assert.Equal("true", Button(denied, "Delete waypoint").Prop("disabled"));
        Assert.Contains("may not delete gateways (gateway.networking.k8s.io) in namespace default", denied.Text);

        var readOnly = Clusters.HealthyDualEngine().Config("kmesh-headlamp-plugin", new JsonObject { ["readOnly"] = true });
        Assert.DoesNotContain(new PluginHost(readOnly).Render("kmesh-waypoints").All("Button"), b => b.VisibleText() == "Create waypoint");
        Assert.DoesNotContain(new PluginHost(readOnly.RouteParams(route)).Render("kmesh-waypoint").All("Button"), b => b.VisibleText() == "Delete waypoint");
    }
}
