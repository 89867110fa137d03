using System;
using System.IO;
using System.Threading.Tasks;
using Kmesh.Preview.Cli;

namespace Kmesh.Preview;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = PreviewOptions.Parse(args, Console.Error);
        if (options is null)
        {
            return 2;
        }
        if (options.ListScenarios)
        {
            ScenarioListing.Print(Console.Out);
            return 0;
        }
        await using var server = await PreviewServer.StartAsync(options);
        Console.Out.WriteLine($"Kmesh preview (scenario '{options.Scenario}') listening on {server.BaseAddress}");
        Console.Out.WriteLine(Describe("plugin", Path.Combine(options.PluginDir, "main.js")));
        Console.Out.WriteLine(Describe("page", Path.Combine(options.PageDir, "index.html")));
        ScenarioListing.Print(Console.Out);
        Console.Out.WriteLine($"Pick another with: dotnet run --project src/Preview -- --scenario <name> --port {options.Port}");
        Console.Out.WriteLine("Press Ctrl+C to stop.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _ = server.WarmUp.ContinueWith(warm =>
        {
            if (warm.IsCompletedSuccessfully)
            {
                Console.Out.WriteLine($"Simulated cluster ready ({clock.Elapsed.TotalSeconds:F1} s to render every object).");
            }
        });
        await server.WaitForShutdownAsync();
        return 0;
    }

    private static string Describe(string what, string file) => File.Exists(file)
        ? $"  {what}: {Path.GetFullPath(file)}"
        : $"  {what}: MISSING {Path.GetFullPath(file)} (build it first, or pass --{what}-dir)";
}
