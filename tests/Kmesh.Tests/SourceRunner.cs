using Kmesh.Model;
using Kmesh.Model.Canonical;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Sources.Metrics;
using Kmesh.Model.Transport;

namespace Kmesh.Tests;

/// <summary>Runs one reader by kind name and returns its typed error (null on success) and canonical text.</summary>
public static class SourceRunner
{
    public static (ParseError? Error, string Canonical) Run(string kind, string text)
    {
        ParseError? error = kind switch
        {
            "version" => DaemonVersion.Read(text).Error,
            "loggers" => LoggerList.Read(text).Error,
            "logger" => LoggerLevel.Read(text).Error,
            "authz" => AuthzStatus.Read(text).Error,
            "config-dump" => ConfigDumpReader.Read(text).Error,
            "bpf-dump" => BpfDumpReader.Read(text).Error,
            "kernel-native" => KernelNativeDumpReader.Read(text).Error,
            "metrics" => PrometheusReader.Read(text).Error,
            "http" => HttpResponseParser.Parse(text).Error,
            _ => null,
        };
        return (error, CanonicalCatalog.Render(kind, text));
    }
}
