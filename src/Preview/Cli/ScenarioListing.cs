using System.IO;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Cli;

internal static class ScenarioListing
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("Scenarios:");
        foreach (var name in ScenarioCatalog.Names)
        {
            output.WriteLine($"  {name,-16} {ScenarioCatalog.Describe(name)}");
        }
    }
}
