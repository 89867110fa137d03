using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace CSharpToJs.Cli;

/// <summary>
/// <c>CSharpToJs &lt;project.csproj | files.cs | dir&gt;... -o plugin-dist/main.js [--minify] [--source-map]
/// [--console] [-r ref.dll]... [--package-json name@version]</c>. Diagnostics go to stderr in MSBuild form;
/// the exit code is 1 when any error was reported.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var inputs = new List<string>();
        var references = new List<string>();
        string? output = null;
        string? packageName = null;
        bool minify = false, sourceMap = false, console = false, bench = false, renameMembers = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output": output = args[++i]; break;
                case "-r" or "--reference": references.Add(args[++i]); break;
                case "--minify": minify = true; break;
                case "--source-map": sourceMap = true; break;
                case "--rename-members": renameMembers = true; break;
                case "--console": console = true; break;
                case "--bench": bench = true; break;
                case "--package-json": packageName = args[++i]; break;
                case "--sources-from":
                    inputs.AddRange(File.ReadAllLines(args[++i]).Where(l => l.Trim().Length > 0).Select(l => l.Trim()));
                    break;
                case "--references-from":
                    references.AddRange(File.ReadAllLines(args[++i]).Where(l => l.Trim().Length > 0).Select(l => l.Trim()));
                    break;
                case "-h" or "--help":
                    Console.WriteLine("usage: CSharpToJs <project.csproj|file.cs|dir>... -o main.js [--minify] [--source-map] [--rename-members] [--console] [-r ref.dll]... [--package-json name@version]");
                    return 0;
                default: inputs.Add(args[i]); break;
            }
        }
        if (bench && inputs.Count > 0) return Benchmark.Run(inputs, references, console);
        if (inputs.Count == 0 || output is null)
        {
            Console.Error.WriteLine("error KJS0900: give the sources (a .csproj, .cs files or directories) and -o <main.js>");
            return 2;
        }
        var files = inputs.SelectMany(SourceFiles).Distinct(StringComparer.Ordinal).ToList();
        // A project whose sources are compiled in must not also be referenced as an assembly (duplicate types).
        var compiledIn = inputs.Where(i => i.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).Select(AssemblyFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        references = references.Where(r => !compiledIn.Contains(Path.GetFileName(r))).ToList();
        var sources = files.Select(f => new SourceFile(Path.GetRelativePath(Environment.CurrentDirectory, f), File.ReadAllText(f))).ToList();
        var result = JsCompiler.Compile(new CompileRequest
        {
            Sources = sources,
            References = references,
            Kind = console ? OutputKind.ConsoleProgram : OutputKind.Plugin,
            Minify = minify,
            SourceMap = sourceMap,
            RenameMembers = renameMembers,
        });
        foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
        if (!result.Success) return 1;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        WriteIfChanged(output, result.JavaScript!);
        if (packageName is not null)
            WriteIfChanged(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "package.json"), PackageJson(packageName));
        Console.WriteLine($"{output}: {result.Stats.OutputBytes} bytes ({result.Stats.RuntimeHelperBytes} bytes of runtime helpers: {string.Join(" ", result.Stats.RuntimeHelpers)})");
        return 0;
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>Headlamp runs a plugin only if devDependencies names @kinvolk/headlamp-plugin ≥ 0.8.</summary>
    public static string PackageJson(string nameAtVersion)
    {
        var at = nameAtVersion.LastIndexOf('@');
        var name = at > 0 ? nameAtVersion[..at] : nameAtVersion;
        var version = at > 0 ? nameAtVersion[(at + 1)..] : "0.1.0";
        return "{\n" +
               $"  \"name\": {Js.JsPrinter.Quote(name)},\n" +
               $"  \"version\": {Js.JsPrinter.Quote(version)},\n" +
               "  \"main\": \"main.js\",\n" +
               "  \"devDependencies\": {\n    \"@kinvolk/headlamp-plugin\": \"^0.14.0\"\n  }\n}\n";
    }

    internal static string AssemblyFileName(string csproj)
    {
        var name = XDocument.Load(csproj).Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value;
        return (string.IsNullOrWhiteSpace(name) ? Path.GetFileNameWithoutExtension(csproj) : name.Trim()) + ".dll";
    }

    internal static IEnumerable<string> SourceFiles(string input)
    {
        if (Directory.Exists(input))
            return Directory.GetFiles(input, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .OrderBy(f => f, StringComparer.Ordinal);
        if (input.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            return SourceFiles(Path.GetDirectoryName(Path.GetFullPath(input))!);
        return [Path.GetFullPath(input)];
    }
}
