using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using CSharpToJs;
using Jint;

namespace Kmesh.Tests.Compiled;

/// <summary>Compiles the model (src/Kmesh) plus <see cref="ModelDriver"/> and a generated Main holding the cases as
/// literals into one JavaScript console program, and runs it under Jint.</summary>
public static class CompiledLeg
{
    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    public static IReadOnlyList<string> References =>
    [
        typeof(CSharpToJs.Interop.JsonShapes).Assembly.Location,
        typeof(k8s.Models.V1Pod).Assembly.Location,
    ];

    /// <summary>The model's sources as the compiler sees them (bin/ and obj/ excluded).</summary>
    public static List<SourceFile> ModelSources()
    {
        string root = Path.Combine(RepositoryRoot, "src", "Kmesh");
        var sources = new List<SourceFile>();
        foreach (string path in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
            if (relative.Contains("/obj/") || relative.Contains("/bin/")) continue;
            sources.Add(new SourceFile(relative, File.ReadAllText(path)));
        }
        return sources;
    }

    public static string Literal(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("X4"));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    public static CompileResult Compile(IReadOnlyList<DriverCase> cases)
    {
        var main = new StringBuilder();
        main.Append("using System;\nusing System.Collections.Generic;\nusing Kmesh.Tests.Compiled;\n\npublic static class Program\n{\n");
        main.Append("    public static void Main()\n    {\n        var cases = new List<DriverCase>\n        {\n");
        foreach (DriverCase c in cases)
        {
            main.Append("            new DriverCase(").Append(Literal(c.Name)).Append(", ").Append(Literal(c.Kind)).Append(", ").Append(Literal(c.Text)).Append("),\n");
        }
        main.Append("        };\n        ModelDriver.Run(cases, line => Console.WriteLine(line));\n    }\n}\n");
        List<SourceFile> sources = ModelSources();
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/ModelDriver.cs", File.ReadAllText(Path.Combine(ThisDirectory(), "ModelDriver.cs"))));
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/MeshText.cs", File.ReadAllText(Path.Combine(ThisDirectory(), "MeshText.cs"))));
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/OperationsDriver.cs", File.ReadAllText(Path.Combine(ThisDirectory(), "OperationsDriver.cs"))));
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/MeshDriver.cs", File.ReadAllText(Path.Combine(ThisDirectory(), "MeshDriver.cs"))));
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/SectionsDriver.cs", File.ReadAllText(Path.Combine(ThisDirectory(), "SectionsDriver.cs"))));
        sources.Add(new SourceFile("tests/Kmesh.Tests/Compiled/Program.g.cs", main.ToString()));
        return JsCompiler.Compile(new CompileRequest { Sources = sources, References = References, Kind = OutputKind.ConsoleProgram, RenameMembers = true });
    }

    /// <summary>Runs the program in a strict Jint engine (on a big-stack thread) and returns its console lines.</summary>
    public static (string Output, string? Error) Run(string javaScript)
    {
        var output = new StringBuilder();
        string? error = null;
        var thread = new Thread(() =>
        {
            // JSON.parse nests without limit, as in V8 (Jint stops at 64 levels unless told otherwise; its parser recurses,
            // hence the big stack).
            var engine = new Engine(options =>
            {
                options.Strict().TimeoutInterval(TimeSpan.FromMinutes(3)).LimitMemory(2048L * 1024 * 1024).LimitRecursion(20000);
                options.Json.MaxParseDepth = int.MaxValue;
            });
            engine.SetValue("__write", new Action<string>(line => output.Append(line).Append('\n')));
            try
            {
                engine.Execute("globalThis.console = { log: s => __write(String(s)), error: s => __write('ERR ' + String(s)) };");
                engine.Execute(javaScript);
            }
            catch (Exception e)
            {
                error = e.GetType().Name + ": " + e.Message;
            }
        }, 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return (output.ToString(), error);
    }
}
