using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kmesh.Preview.Access;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Cli;

/// <summary>Command-line options of the preview server.</summary>
public sealed record PreviewOptions
{
    public const int DefaultPort = 4466;

    public string Scenario { get; init; } = "healthy";
    public int Port { get; init; } = DefaultPort;
    public int Seed { get; init; } = ScenarioCatalog.DefaultSeed;
    public string PluginDir { get; init; } = RepositoryPath("plugin-dist");
    public string PageDir { get; init; } = RepositoryPath(Path.Combine("src", "Preview", "page", "dist"));
    public PluginListFormat PluginListFormat { get; init; } = PluginListFormat.Objects;
    public bool ListScenarios { get; init; }
    /// <summary>Lists the user may not read (<c>--forbid pods@kmesh-system</c>, repeatable), on top of the scenario's RBAC.</summary>
    public IReadOnlyList<ForbiddenList> Forbid { get; init; } = Array.Empty<ForbiddenList>();

    /// <summary>Parses <c>--scenario healthy --port 4466 --plugin-dir … --page-dir … --seed N --plugins-format objects|paths --forbid pods@kmesh-system --list-scenarios</c>.</summary>
    public static PreviewOptions? Parse(string[] args, TextWriter errors)
    {
        var options = new PreviewOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var (key, inlineValue) = arg.Contains('=') ? (arg[..arg.IndexOf('=')], arg[(arg.IndexOf('=') + 1)..]) : (arg, null);
            if (key == "--list-scenarios")
            {
                options = options with { ListScenarios = true };
                continue;
            }
            string? value = inlineValue ?? (i + 1 < args.Length ? args[++i] : null);
            if (value is null)
            {
                errors.WriteLine($"missing value for {key}");
                return null;
            }
            switch (key)
            {
                case "--scenario" when ScenarioCatalog.Exists(value):
                    options = options with { Scenario = value };
                    break;
                case "--scenario":
                    errors.WriteLine($"unknown scenario '{value}'; known: {string.Join(", ", ScenarioCatalog.Names)}");
                    return null;
                case "--port" when int.TryParse(value, out var port) && port is >= 0 and <= 65535:
                    options = options with { Port = port };
                    break;
                case "--seed" when int.TryParse(value, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--plugin-dir":
                    options = options with { PluginDir = value };
                    break;
                case "--page-dir":
                    options = options with { PageDir = value };
                    break;
                case "--forbid":
                    var forbidden = ForbiddenList.Parse(value, out var forbidError);
                    if (forbidden is null)
                    {
                        errors.WriteLine(forbidError);
                        return null;
                    }
                    options = options with { Forbid = options.Forbid.Append(forbidden).ToArray() };
                    break;
                case "--plugins-format" when value is "objects" or "paths":
                    options = options with { PluginListFormat = value == "paths" ? PluginListFormat.Paths : PluginListFormat.Objects };
                    break;
                default:
                    errors.WriteLine($"invalid option {key} {value}");
                    errors.WriteLine("usage: --scenario <name> [--port 4466] [--seed N] [--plugin-dir plugin-dist] [--page-dir src/Preview/page/dist] [--plugins-format objects|paths] [--forbid <resource>[@<namespace>|@cluster-wide]]... [--list-scenarios]");
                    return null;
            }
        }
        return options;
    }

    /// <summary>A path inside the repository (found by walking up to KmeshHeadlampPlugin.sln), so defaults work from any folder of the clone.</summary>
    private static string RepositoryPath(string relative)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KmeshHeadlampPlugin.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }
        return relative;
    }
}

/// <summary>How <c>GET /plugins</c> lists plugin folders: Headlamp v0.38+ objects, or the older path strings.</summary>
public enum PluginListFormat
{
    Objects,
    Paths,
}
