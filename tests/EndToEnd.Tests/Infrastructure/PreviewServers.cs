using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.Preview;
using Kmesh.Preview.Access;
using Kmesh.Preview.Cli;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts one in-process preview server per scenario on 127.0.0.1 with an ephemeral port, on first use, and stops them
/// all at the end. The plugin and page folders are temporary copies so tests never depend on a build having run;
/// browser tests can construct this with the real plugin-dist and page/dist instead.
/// </summary>
public class PreviewServers : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PreviewServer>>> servers = new();
    private readonly string pluginDir;
    private readonly string pageDir;

    public PreviewServers() : this(null, null)
    {
    }

    /// <summary>For browser tests: serve the real plugin-dist and page/dist (a subclass passes them).</summary>
    protected PreviewServers(string? pluginDir, string? pageDir)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "kmesh-preview-tests-" + Guid.NewGuid().ToString("N"));
        this.pluginDir = pluginDir ?? Directory.CreateDirectory(Path.Combine(scratch, "plugin-dist")).FullName;
        this.pageDir = pageDir ?? Directory.CreateDirectory(Path.Combine(scratch, "page")).FullName;
        if (pluginDir is null)
        {
            File.WriteAllText(Path.Combine(this.pluginDir, "main.js"), TestPlugin.MainJs);
            File.WriteAllText(Path.Combine(this.pluginDir, "package.json"), TestPlugin.PackageJson);
            Directory.CreateDirectory(Path.Combine(this.pluginDir, "locales", "en"));
            File.WriteAllText(Path.Combine(this.pluginDir, "locales", "en", "translation.json"), "{\"Kmesh\":\"Kmesh\"}");
        }
        if (pageDir is null)
        {
            File.WriteAllText(Path.Combine(this.pageDir, "index.html"), TestPlugin.IndexHtml);
        }
    }

    public string PluginDir => pluginDir;
    public string PageDir => pageDir;

    public Task<PreviewServer> GetAsync(string scenario, PluginListFormat format = PluginListFormat.Objects) =>
        GetAsync(scenario, format, null);

    /// <summary>The scenario seen by a user who may not read one list (<c>--forbid pods@kmesh-system</c>).</summary>
    public Task<PreviewServer> GetForbiddingAsync(string scenario, string forbid) => GetAsync(scenario, PluginListFormat.Objects, forbid);

    private Task<PreviewServer> GetAsync(string scenario, PluginListFormat format, string? forbid) =>
        servers.GetOrAdd($"{scenario}/{format}/{forbid}", _ => new Lazy<Task<PreviewServer>>(() => PreviewServer.StartAsync(new PreviewOptions
        {
            Scenario = scenario,
            Port = 0,
            PluginDir = pluginDir,
            PageDir = pageDir,
            PluginListFormat = format,
            Forbid = forbid is null ? Array.Empty<ForbiddenList>() : new[] { ForbiddenList.Parse(forbid) },
        }), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in servers.Values)
        {
            if (server.IsValueCreated)
            {
                await (await server.Value).DisposeAsync();
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PreviewCollection : ICollectionFixture<PreviewServers>
{
    public const string Name = "preview servers";
}

internal static class TestPlugin
{
    public const string MainJs = "(function(){ \"use strict\"; globalThis.__kmeshTestPlugin = true; })();\n";
    public const string PackageJson = "{\"name\":\"kmesh-headlamp-plugin\",\"version\":\"0.1.0\",\"devDependencies\":{\"@kinvolk/headlamp-plugin\":\"^0.14.0\"}}\n";
    public const string IndexHtml = "<!doctype html><html><head><title>Kmesh preview</title></head><body><div id=\"root\"></div></body></html>\n";
}
