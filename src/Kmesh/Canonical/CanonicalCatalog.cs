using System.Collections.Generic;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.AccessLogs;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Sources.Metrics;
using Kmesh.Model.Transport;

namespace Kmesh.Model.Canonical;

/// <summary>Reads a text as one source kind and renders the result (value or typed error) canonically. The same
/// entry point serves the native tests and the compiled-JavaScript driver, so both legs run identical code.</summary>
public static class CanonicalCatalog
{
    public static IReadOnlyList<string> Kinds => new List<string>
    {
        "version", "loggers", "logger", "authz", "config-dump", "bpf-dump", "kernel-native", "metrics", "access-log", "http",
    };

    public static string Render(string kind, string text) => kind switch
    {
        "version" => CanonicalText.Of(DaemonVersion.Read(text), CanonicalText.Version),
        "loggers" => CanonicalText.Of(LoggerList.Read(text), CanonicalText.Loggers),
        "logger" => CanonicalText.Of(LoggerLevel.Read(text), CanonicalText.Logger),
        "authz" => CanonicalText.Of(AuthzStatus.Read(text), a => $"enabled: {(a.Enabled ? "true" : "false")}\n"),
        "config-dump" => CanonicalText.Of(ConfigDumpReader.Read(text), CanonicalText.ConfigDump),
        "bpf-dump" => CanonicalText.Of(BpfDumpReader.Read(text), CanonicalText.BpfDump),
        "kernel-native" => CanonicalText.Of(KernelNativeDumpReader.Read(text), CanonicalText.KernelNative),
        "metrics" => CanonicalText.Of(PrometheusReader.Read(text), CanonicalText.Metrics),
        "access-log" => CanonicalText.AccessLog(AccessLogReader.Read(text)),
        "http" => CanonicalText.Of(HttpResponseParser.Parse(text), CanonicalText.Response),
        _ => $"unknown kind {kind}\n",
    };
}
