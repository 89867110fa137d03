using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Kmesh.Preview.Backend;
using Kmesh.Preview.Cli;
using Kmesh.Preview.KubeApi;
using Kmesh.Preview.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kmesh.Preview;

/// <summary>
/// The preview web server bound to 127.0.0.1 only. Tests start it in-process with port 0 and read
/// <see cref="BaseAddress"/>; the CLI starts it on the requested port.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private PreviewServer(WebApplication app, SimulatedCluster cluster, RequestLog requests, Task warmUp, Uri baseAddress)
    {
        WarmUp = warmUp;
        this.app = app;
        Requests = requests;
        Cluster = cluster;
        BaseAddress = baseAddress;
    }

    public SimulatedCluster Cluster { get; }
    public Uri BaseAddress { get; }

    /// <summary>Completes when every object's JSON (and the BPF dump) is rendered; also visible as GET /preview/ready.</summary>
    public Task WarmUp { get; }

    /// <summary>The requests made so far under /clusters/ and /plugins (also at GET /preview/requests).</summary>
    public RequestLog Requests { get; }

    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Scenario? scenario = null)
    {
        var cluster = new SimulatedCluster(scenario ?? ScenarioCatalog.Create(options.Scenario, options.Seed).Forbidding(options.Forbid));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Environment.CurrentDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton(cluster);
        builder.Services.AddSingleton(options);
        var requestLog = new RequestLog();
        builder.Services.AddSingleton(requestLog);

        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapGet("/preview/ready", () => cluster.IsWarm ? Results.Text("ready\n") : Results.Text("warming up\n", statusCode: 503));
        app.UseRequestLog(requestLog);
        app.MapHeadlampBackend(options);
        app.MapKubeApi();
        app.UsePage(options);
        await app.StartAsync();
        var warmUp = cluster.WarmUpAsync(app.Lifetime.ApplicationStopping);
        _ = warmUp.ContinueWith(
            warm => app.Logger.LogError(warm.Exception, "warming up the simulated cluster failed"), TaskContinuationOptions.OnlyOnFaulted);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, cluster, requestLog, warmUp, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
