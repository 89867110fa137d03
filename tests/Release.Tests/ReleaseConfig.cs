using System.Text.Json.Nodes;

namespace Kmesh.Release.Tests;

/// <summary>headlamp-plugin.config.js as node reads it (the scripts' own loader), so the tests use the same values.</summary>
public static class ReleaseConfig
{
    private static readonly JsonNode Config = Load();

    public static string Name => Config["name"]!.GetValue<string>();
    public static string Version => Config["version"]!.GetValue<string>();
    public static string Folder => Config["folder"]!.GetValue<string>();
    public static string HeadlampCompat => Config["headlampCompat"]!.GetValue<string>();
    public static string ArchiveUrl => Config["archiveUrl"]!.GetValue<string>();
    public static string RawUrl => Config["rawUrl"]!.GetValue<string>();
    public static string Logo => Config["logo"]!.GetValue<string>();
    public static JsonArray Screenshots => Config["screenshots"]!.AsArray();

    private static JsonNode Load()
    {
        const string script = """
            const c = require('./scripts/plugin/config.js');
            const config = c.loadConfig();
            process.stdout.write(JSON.stringify({ ...config, archiveUrl: c.archiveURL(config), rawUrl: c.rawFileURL(config, '') }));
            """;
        var result = ProcessRun.Run("node", new[] { "-e", script }, Repository.Root);
        if (result.ExitCode != 0) throw new System.InvalidOperationException("reading headlamp-plugin.config.js: " + result.Describe());
        return JsonNode.Parse(result.Stdout)!;
    }
}
