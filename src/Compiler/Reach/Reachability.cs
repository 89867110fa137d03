using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;

namespace CSharpToJs.Reach;

/// <summary>
/// Drops what the entry point cannot reach, working on the lowered JS tree. Roots are the top-level statements
/// that are neither declarations nor a class's own static initialisers (the entry call, top-level statements).
/// A class or enum is kept when a kept piece of code names it; a method, getter or setter of a kept class is kept
/// when any kept code (or a kept runtime helper, or an interop template) can touch a property of that name.
/// Matching by name is what makes virtual and interface dispatch, method groups handed to React or Headlamp as
/// callbacks, and the runtime's calls of <c>Equals</c>/<c>GetHashCode</c>/<c>ToString</c> safe: a record's
/// value methods survive only where something can call them. Classes JavaScript outside the bundle drives
/// (subclasses of external classes, implementers of external interfaces) keep every member. Order is preserved,
/// so the output stays deterministic.
/// </summary>
public static class Reachability
{
    /// <summary>Called by the JS engine itself, never spelled in the code that relies on them.</summary>
    private static readonly HashSet<string> EngineProtocol = new(StringComparer.Ordinal) { "constructor", "then", "toJSON", "valueOf" };

    public sealed record Result(List<JsStmt> Statements, SortedSet<string> Helpers);

    /// <param name="statements">The lowered program (classes, enums, static initialisation, entry).</param>
    /// <param name="helpers">Runtime helpers the lowering asked for.</param>
    /// <param name="externallyDriven">JS names of classes whose members code outside the bundle calls.</param>
    /// <param name="helperCode">The source of a runtime helper by name (null for other names).</param>
    public static Result Prune(IReadOnlyList<JsStmt> statements, IReadOnlySet<string> helpers,
        IReadOnlySet<string> externallyDriven, Func<string, string?> helperCode)
    {
        var program = new ProgramPieces(statements);
        var refs = new JsReferences();
        foreach (var root in program.Roots) refs.Add(root);

        var processed = new HashSet<string>(StringComparer.Ordinal);
        var liveClasses = new List<JsClass>();
        var waiting = new List<(JsClass Owner, JsMethod Method)>();
        var keptMembers = new HashSet<JsClassMember>(ReferenceEqualityComparer.Instance);
        while (true)
        {
            var before = refs.Identifiers.Count + refs.Properties.Count;
            foreach (var id in refs.Identifiers.Where(processed.Add).ToList())
            {
                if (program.Classes.TryGetValue(id, out var c))
                {
                    liveClasses.Add(c);
                    refs.Add(c.Extends);
                    foreach (var init in program.StaticInits.GetValueOrDefault(id) ?? []) refs.Add(init);
                    var whole = externallyDriven.Contains(id) || program.ExtendsExternal(c);
                    foreach (var member in c.Members)
                    {
                        if (member is JsMethod m && !whole && m.ComputedKey is null && !EngineProtocol.Contains(m.Name))
                        {
                            waiting.Add((c, m));
                            continue;
                        }
                        keptMembers.Add(member);
                        refs.AddMember(member);
                    }
                }
                else if (program.Others.TryGetValue(id, out var decl)) refs.Add(decl);
                else if (helpers.Contains(id) || id.StartsWith('$')) { if (helperCode(id) is { } code) refs.AddText(code); }
            }
            for (var i = waiting.Count - 1; i >= 0; i--)
            {
                var (_, method) = waiting[i];
                if (!IsCallable(method.Name, refs.Properties)) continue;
                keptMembers.Add(method);
                refs.AddMember(method);
                waiting.RemoveAt(i);
            }
            if (refs.Identifiers.Count + refs.Properties.Count == before && refs.Identifiers.All(processed.Contains)) break;
        }

        var output = new List<JsStmt>();
        foreach (var s in statements)
        {
            switch (program.Kind(s, out var name))
            {
                case PieceKind.Root:
                    output.Add(s);
                    break;
                case PieceKind.StaticInit or PieceKind.Other when processed.Contains(name!):
                    output.Add(s);
                    break;
                case PieceKind.Class when processed.Contains(name!):
                    var decl = (JsClassDecl)s;
                    var members = decl.Class.Members.Where(keptMembers.Contains).ToList();
                    output.Add(decl with { Class = decl.Class with { Members = members } });
                    break;
            }
        }
        var usedHelpers = new SortedSet<string>(helpers.Where(refs.Identifiers.Contains), StringComparer.Ordinal);
        return new Result(output, usedHelpers);
    }

    /// <summary>JavaScript's own <c>toString</c> on a compiled class only forwards to <c>ToString</c>; lowered code
    /// converts objects through <c>ToString</c> (or <c>$str</c>, which calls it), so one implies the other.</summary>
    private static bool IsCallable(string name, HashSet<string> properties) =>
        properties.Contains(name) || (name == "toString" && properties.Contains("ToString"));

    private enum PieceKind { Root, Class, StaticInit, Other }

    /// <summary>The top-level statements sorted into declarations (by name), static initialisers (by class) and roots.</summary>
    private sealed class ProgramPieces
    {
        public Dictionary<string, JsClass> Classes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, JsStmt> Others { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<JsStmt>> StaticInits { get; } = new(StringComparer.Ordinal);
        public List<JsStmt> Roots { get; } = [];

        public ProgramPieces(IReadOnlyList<JsStmt> statements)
        {
            foreach (var s in statements)
            {
                if (s is JsClassDecl { Class.Name: { } className } c) Classes[className] = c.Class;
                else if (DeclaredName(s) is { } name) Others[name] = s;
            }
            foreach (var s in statements)
            {
                var kind = Kind(s, out var name);
                if (kind == PieceKind.Root) Roots.Add(s);
                else if (kind == PieceKind.StaticInit)
                {
                    if (!StaticInits.TryGetValue(name!, out var list)) StaticInits[name!] = list = [];
                    list.Add(s);
                }
            }
        }

        public PieceKind Kind(JsStmt s, out string? name)
        {
            if (s is JsClassDecl { Class.Name: { } className } && Classes.ContainsKey(className)) { name = className; return PieceKind.Class; }
            name = DeclaredName(s);
            if (name is not null) return PieceKind.Other;
            // `C.field = value;` after the classes: the eager static initialisation of C (initialisers that call or
            // create anything are lazy, inside C.$cctor), so it belongs to C and goes when C goes.
            if (s is JsExprStmt { Expression: JsAssign { Target: JsMember { Object: JsIdentifier owner } } } && Classes.ContainsKey(owner.Name))
            {
                name = owner.Name;
                return PieceKind.StaticInit;
            }
            return PieceKind.Root;
        }

        private static string? DeclaredName(JsStmt s) => s switch
        {
            // enums: `const E = Object.freeze({…})`; other top-level consts are statements of the entry and stay
            JsVar { Kind: "const", Declarators: [{ Target: JsIdentifier id, Init: JsCall { Callee: JsMember { Object: JsIdentifier { Name: "Object" }, Name: "freeze" } } }] } => id.Name,
            JsFunctionDecl { Function.Name: { } fn } => fn,
            _ => null,
        };

        /// <summary>A class whose base chain ends in a class this program does not declare (an [External] JS class):
        /// that class's code calls members of ours by name.</summary>
        public bool ExtendsExternal(JsClass c)
        {
            for (var depth = 0; depth < 64; depth++)
            {
                if (c.Extends is null) return false;
                if (c.Extends is JsIdentifier { Name: var helper } && helper.StartsWith('$')) return false; // a runtime class ($Exception)
                if (c.Extends is not JsIdentifier b || !Classes.TryGetValue(b.Name, out var next)) return true;
                c = next;
            }
            return true;
        }
    }
}
