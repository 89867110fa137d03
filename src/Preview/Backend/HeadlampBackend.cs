using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.Cli;
using Kmesh.Preview.KubeApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Kmesh.Preview.Backend;

/// <summary>
/// The parts of Headlamp's backend the frontend needs besides the cluster API (HEADLAMP.md §5): <c>/config</c>,
/// <c>/plugins</c> and the plugin folder, plus <c>/preview/scenario</c> for the page's banner.
/// </summary>
public static class HeadlampBackend
{
    public const string PluginFolder = "kmesh-headlamp-plugin";

    public static void MapHeadlampBackend(this WebApplication app, PreviewOptions options)
    {
        app.MapGet("/config", () => Results.Json(new JsonObject
        {
            ["clusters"] = new JsonArray(new JsonObject
            {
                ["name"] = SimulatedCluster.ClusterName,
                ["server"] = "https://simulated.invalid",
                ["auth_type"] = "",
                ["meta_data"] = new JsonObject(),
            }),
        }));

        app.MapGet("/plugins", () => Results.Json(options.PluginListFormat == PluginListFormat.Paths
            ? new JsonArray($"plugins/{PluginFolder}")
            : new JsonArray(new JsonObject
            {
                ["path"] = $"plugins/{PluginFolder}",
                ["type"] = "development",
                ["name"] = PluginFolder,
            })));

        var pluginRoot = Path.GetFullPath(options.PluginDir);
        var contentTypes = new FileExtensionContentTypeProvider();
        app.MapGet($"/plugins/{PluginFolder}/{{**file}}", (HttpContext context, string file) =>
        {
            var fullPath = Path.GetFullPath(Path.Combine(pluginRoot, file));
            if (!fullPath.StartsWith(pluginRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(fullPath))
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(fullPath, contentTypes.TryGetContentType(fullPath, out var type) ? type : "application/octet-stream");
        });

        app.MapGet("/preview/scenario", (SimulatedCluster cluster) => Results.Json(new JsonObject
        {
            ["name"] = cluster.Scenario.Name,
            ["title"] = cluster.Scenario.Title,
            ["description"] = cluster.Scenario.Description,
        }));
    }
}
