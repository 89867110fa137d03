using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Kmesh.Plugin.Tests.Harness;

namespace Kmesh.Plugin.Tests.Packaging;

/// <summary>Runs one of scripts/plugin/*.js with node, in the repository root, with a controlled environment.</summary>
public static class NodeScript
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string script, IReadOnlyList<string> args, IDictionary<string, string?> env)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = PluginHost.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(PluginHost.RepoRoot, "scripts", "plugin", script));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in env)
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr);
    }
}
