using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using CSharpToJs.Lower;
using CSharpToJs.Runtime;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Reach;

/// <summary>The pipeline's hook: what the lowered program keeps and which runtime helpers it still needs.</summary>
public static class ReachStage
{
    public static (List<JsStmt> Statements, IReadOnlySet<string> Helpers) Apply(ProgramContext context, OutputKind kind, List<JsStmt> statements)
    {
        // A plugin without Main is a library of classes for someone else's script: there is no entry to reach from.
        if (!Prunes(context, kind)) return (statements, context.HelpersUsed);
        var cache = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? HelperCode(string name)
        {
            if (!cache.TryGetValue(name, out var code))
                cache[name] = code = RuntimeLibrary.Embedded.Contains(name)
                    ? RuntimeLibrary.Embedded.Resolve([name], out _).First(h => h.Name == name).Code
                    : null;
            return code;
        }
        // Reads of static getters that only call with constants become the call, so the getters themselves fall away.
        statements = StaticGetterInlining.Apply(statements);
        var result = Reachability.Prune(statements, context.HelpersUsed, ExternallyDriven(context), HelperCode);
        var flattened = StaticClassFlattening.Apply(result.Statements, StaticClasses(context), result.Helpers.Select(HelperCode).OfType<string>());
        return (flattened, result.Helpers);
    }

    /// <summary>Whether <see cref="Apply"/> prunes: a console program, or a plugin with an entry point.</summary>
    public static bool Prunes(ProgramContext context, OutputKind kind) => kind != OutputKind.Plugin || HasPluginMain(context);

    private static bool HasPluginMain(ProgramContext context) =>
        context.Compilation.GetSymbolsWithName("Main", SymbolFilter.Member).OfType<IMethodSymbol>()
            .Any(m => m.IsStatic && m.Parameters.Length == 0 && context.IsSource(m));

    /// <summary>The program's C# static classes that no interop attribute marks (on them or a containing type), with
    /// the JavaScript names of their static fields and auto-properties in declaration order.</summary>
    private static List<StaticClassFlattening.StaticClass> StaticClasses(ProgramContext context)
    {
        static bool Interop(ISymbol s) => s.GetAttributes().Any(a => a.AttributeClass?.ContainingNamespace?.ToDisplayString() == "CSharpToJs.Interop");
        var result = new List<StaticClassFlattening.StaticClass>();
        foreach (var type in Naming.AllSourceTypes(context.Compilation.Assembly.GlobalNamespace))
        {
            if (!type.IsStatic || type.TypeKind != TypeKind.Class || !context.Names.IsDeclared(type)) continue;
            var interop = false;
            for (var t = type; t is not null && !interop; t = t.ContainingType) interop = Interop(t);
            if (interop) continue;
            var fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsStatic && !f.IsConst)
                .Select(f => context.Names.MemberName(f.AssociatedSymbol as IPropertySymbol ?? (ISymbol)f)).ToList();
            result.Add(new(context.Names.TypeName(type), fields));
        }
        return result;
    }

    /// <summary>Source classes implementing an [External] interface or deriving from an [External] class: JavaScript
    /// outside the bundle calls their members, so all of them stay.</summary>
    private static HashSet<string> ExternallyDriven(ProgramContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(context.Compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            foreach (var member in stack.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns) { stack.Push(ns); continue; }
                if (member is not INamedTypeSymbol type) continue;
                stack.Push(type);
                if (!context.Names.IsDeclared(type)) continue;
                var external = type.AllInterfaces.Any(ProgramContext.IsExternal);
                for (var b = type.BaseType; b is not null && !external; b = b.BaseType) external = ProgramContext.IsExternal(b);
                if (external) names.Add(context.Names.TypeName(type));
            }
        }
        return names;
    }
}
