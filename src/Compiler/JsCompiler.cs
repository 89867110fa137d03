using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CSharpToJs.Check;
using CSharpToJs.Js;
using CSharpToJs.Load;
using CSharpToJs.Lower;
using CSharpToJs.Reach;
using CSharpToJs.Rename;
using CSharpToJs.Runtime;
using Microsoft.CodeAnalysis;

namespace CSharpToJs;

/// <summary>C# sources in, one strict classic-script bundle out: load → C# errors → subset check → lower → print.</summary>
public static class JsCompiler
{
    private static readonly Lazy<IReadOnlyList<ILibraryLowering>> Libraries = new(() =>
        typeof(ILibraryLowering).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && typeof(ILibraryLowering).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ILibraryLowering)Activator.CreateInstance(t)!)
            .ToList());

    public static CompileResult Compile(CompileRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var compilation = CompilationLoader.Load(request);

        var csharp = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(d => DiagnosticFactory.Create(Severity.Error, d.Id, d.Location, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (csharp.Count > 0) return Failed(csharp);

        var context = new ProgramContext(compilation, Libraries.Value) { InlineEnumValues = request.RenameMembers, ShortTemplateCalls = request.RenameMembers };
        SubsetChecker.Check(context);
        if (context.Diagnostics.Any(d => d.Severity == Severity.Error)) return Failed(Sorted(context.Diagnostics));

        if (ReachStage.Prunes(context, request.Kind)) context.ValueMethods = ValueMethodUses.Analyse(context);
        var (statements, helpersUsed) = ReachStage.Apply(context, request.Kind, new ProgramLowering(context).Lower(request.Kind));
        IReadOnlyList<RuntimeLibrary.Helper> helpers = RuntimeLibrary.Embedded.Resolve(helpersUsed, out var missing);
        if (missing.Count > 0)
            throw new InvalidOperationException("lowering asked for runtime helpers that do not exist: " + string.Join(", ", missing));
        if (ReachStage.Prunes(context, request.Kind)) helpers = HelperMembers.Prune(helpers, statements);
        var sorted = Sorted(context.Diagnostics);
        if (sorted.Any(d => d.Severity == Severity.Error)) return Failed(sorted);

        var js = Bundle(request, context, statements, helpers, out var helperBytes);
        var stats = new CompileStats(Encoding.UTF8.GetByteCount(js), helperBytes, helpers.Select(h => h.Name).ToList());
        return new CompileResult(js, sorted, stats);
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Distinct()
        .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();

    private static CompileResult Failed(List<Diagnostic> diagnostics) =>
        new(null, diagnostics, new CompileStats(0, 0, []));

    private static string Bundle(CompileRequest request, ProgramContext context, List<JsStmt> statements,
        IReadOnlyList<RuntimeLibrary.Helper> helpers, out int helperBytes)
    {
        var map = request.SourceMap ? new SourceMapBuilder() : null;
        var rename = request.RenameMembers
            ? MemberRenaming.Plan(statements, context.Names, helpers.Select(h => h.Code), context.GlobalRoots)
            : null;
        var printer = new JsPrinter(request.Minify, map, rename);
        var nl = request.Minify ? "" : "\n";
        printer.PrintRaw("(function () {" + nl + (request.Minify ? "\"use strict\";" : "\"use strict\";\n"));
        foreach (var root in context.GlobalRoots.Where(r => r == "pluginLib"))
            printer.PrintRaw($"const {root} = globalThis.{root};" + nl);
        var before = printer.Text.Length;
        foreach (var helper in helpers)
            printer.PrintRaw((request.Minify ? MinifyHelper(helper.Code) : helper.Code) + nl);
        helperBytes = Encoding.UTF8.GetByteCount(printer.Text[before..]);
        printer.PrintStatements(statements);
        printer.PrintRaw(nl + "})();" + nl);
        var text = printer.Text;
        if (map is not null)
        {
            var sources = request.Sources.ToDictionary(s => s.Path, s => s.Text);
            var json = map.ToJson("main.js", sources);
            text += "//# sourceMappingURL=data:application/json;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(json)) + "\n";
        }
        return text;
    }

    /// <summary>Helpers are hand-written and readable; minified output drops their indentation and comment lines.</summary>
    private static string MinifyHelper(string code) => string.Join("\n", code.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)));
}
