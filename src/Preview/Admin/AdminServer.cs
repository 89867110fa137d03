using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>
/// One daemon's admin HTTP server (localhost:15200), with the routes, answers and error bodies of the real one
/// (KMESH.md §3) and the runtime switches and logger levels it keeps in memory.
/// </summary>
public sealed class AdminServer
{
    private static readonly string[] LogrusLevels = { "panic", "fatal", "error", "warning", "info", "debug", "trace" };
    private static readonly string[] BpfLevels = { "error", "warn", "info", "debug" };

    private readonly object gate = new();
    private readonly ClusterModel model;
    private readonly SharedDumps dumps;
    private readonly Dictionary<string, string> loggerLevels = new() { ["default"] = "info", ["fileOnly"] = "info", ["bpf"] = "info" };
    private readonly string[] loggerOrder;

    public AdminServer(ClusterModel model, DaemonInfo daemon, SharedDumps dumps)
    {
        this.model = model;
        this.dumps = dumps;
        Daemon = daemon;
        WorkloadMetricsEnabled = model.WorkloadMetricsAtStart;
        // Go map iteration order: random, but fixed per daemon here so answers are reproducible.
        loggerOrder = loggerLevels.Keys.ToArray();
        new Random(daemon.PodName.Aggregate(model.Seed, (hash, c) => hash * 31 + c)).Shuffle(loggerOrder);
    }

    public DaemonInfo Daemon { get; }
    public bool MonitoringEnabled { get; private set; } = true;
    public bool AccesslogEnabled { get; private set; }
    /// <summary>When access logs were last switched on (wall clock): the first connections logged come after it.</summary>
    public DateTime AccesslogSince { get; private set; }
    public bool WorkloadMetricsEnabled { get; private set; }
    public bool ConnectionMetricsEnabled { get; private set; }
    public bool AuthzEnabled { get; private set; } = true;

    private bool DualEngine => model.Mode == KmeshMode.DualEngine;

    public AdminResponse Handle(AdminRequest request)
    {
        lock (gate)
        {
            var answer = Answer(request);
            return model.AdminFaults.TryGetValue(Daemon.NodeName, out var fault) ? AdminFaults.Apply(fault, request.Path, answer) : answer;
        }
    }

    private AdminResponse Answer(AdminRequest request) => request.Path switch
    {
        "/version" => AdminResponse.Ok(GoJson.Indented(VersionInfo.For(Daemon.ImageTag), 2)),
        "/debug/ready" => AdminResponse.Ok("OK"),
        "/debug/config_dump/dual-engine" => DualEngine ? ConfigDump() : InvalidClientMode(),
        "/debug/config_dump/bpf/dual-engine" => DualEngine ? AdminResponse.Ok(dumps.DualEngineBpf) : InvalidClientMode(),
        "/debug/config_dump/kernel-native" => DualEngine ? InvalidClientMode() : AdminResponse.Ok(dumps.KernelNativeConfig),
        "/debug/config_dump/bpf/kernel-native" => DualEngine ? InvalidClientMode() : AdminResponse.Ok(dumps.KernelNativeBpf),
        "/debug/loggers" => request.Method == "POST" ? SetLogger(request.Body) : GetLoggers(request.Query("name")),
        "/monitoring" => Switch(request, "monitoring", SetMonitoring),
        "/accesslog" => Switch(request, "accesslog", enable => RequiresMonitoring(enable, "accesslog", () => SetAccesslog(enable))),
        "/workload_metrics" => Switch(request, "workload_metrics", enable => RequiresMonitoring(enable, "workload metrics", () => WorkloadMetricsEnabled = enable)),
        "/connection_metrics" => Switch(request, "connection_metrics", enable => RequiresMonitoring(enable, "connection metrics", () => ConnectionMetricsEnabled = enable)),
        "/authz" => Switch(request, "authz", enable =>
        {
            AuthzEnabled = enable;
            return AdminResponse.Ok(Array.Empty<byte>());
        }),
        _ => AdminResponse.Error(404, "404 page not found"),
    };

    private AdminResponse ConfigDump() => model.ConfigDumpCutOnNode == Daemon.NodeName
        ? AdminResponse.Ok(dumps.DualEngineConfig[..(dumps.DualEngineConfig.Length / 2)])
        : AdminResponse.Ok(dumps.DualEngineConfig);

    private static AdminResponse InvalidClientMode() => AdminResponse.Error(400, "\tInvalid Client Mode");

    private AdminResponse GetLoggers(string? name)
    {
        if (name is null)
        {
            return AdminResponse.Ok(GoJson.Indented(new JsonArray(loggerOrder.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()), 4));
        }
        if (!loggerLevels.TryGetValue(name, out var level))
        {
            return AdminResponse.Error(400, $"\tlogger {name} does not exist");
        }
        return AdminResponse.Ok(GoJson.Indented(new JsonObject { ["name"] = name, ["level"] = level }, 4));
    }

    private AdminResponse SetLogger(string body)
    {
        string? name, level;
        try
        {
            var json = JsonNode.Parse(body);
            name = json?["name"]?.GetValue<string>();
            level = json?["level"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return AdminResponse.Error(400, $"\tinvalid request body: {e.Message}");
        }
        if (name is null || !loggerLevels.ContainsKey(name))
        {
            return AdminResponse.Error(400, $"\tlogger {name} does not exist");
        }
        if (name == "bpf")
        {
            var index = Array.IndexOf(BpfLevels, level);
            if (index < 0)
            {
                return AdminResponse.Plain(400, "Invalid log level\n");
            }
            loggerLevels[name] = level!;
            return AdminResponse.Ok($"set BPF Log Level: {index}\n");
        }
        if (!LogrusLevels.Contains(level))
        {
            return AdminResponse.Error(400, $"\tnot a valid logrus Level: \"{level}\"");
        }
        loggerLevels[name] = level!;
        return AdminResponse.Ok("OK");
    }

    private void SetAccesslog(bool enable)
    {
        if (enable && !AccesslogEnabled)
        {
            AccesslogSince = DateTime.UtcNow;
        }
        AccesslogEnabled = enable;
    }

    private AdminResponse Switch(AdminRequest request, string name, Func<bool, AdminResponse> apply)
    {
        if (request.Method != "POST")
        {
            return AdminResponse.Error(405, "Method Not Allowed");
        }
        // The first four switches dereference dual-engine-only controllers: in kernel-native the handler panics.
        if (!DualEngine && name != "authz")
        {
            return AdminResponse.Panic();
        }
        var value = request.Query("enable");
        return value switch
        {
            "true" => apply(true),
            "false" => apply(false),
            _ => AdminResponse.Plain(400, $"invalid {name} enable={value}"),
        };
    }

    private AdminResponse SetMonitoring(bool enable)
    {
        MonitoringEnabled = enable;
        if (!enable)
        {
            AccesslogEnabled = WorkloadMetricsEnabled = ConnectionMetricsEnabled = false;
        }
        return AdminResponse.Ok(Array.Empty<byte>());
    }

    private AdminResponse RequiresMonitoring(bool enable, string what, Action apply)
    {
        if (enable && !MonitoringEnabled)
        {
            return AdminResponse.Plain(400, $"Kmesh monitoring is disabled, cannot enable {what}.\n");
        }
        apply();
        return AdminResponse.Ok(Array.Empty<byte>());
    }
}
