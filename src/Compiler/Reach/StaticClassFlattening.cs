using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CSharpToJs.Js;

namespace CSharpToJs.Reach;

/// <summary>
/// A C# <c>static class</c> (no instances, no base) becomes top-level declarations instead of an ES class: each static
/// method or getter a <c>function C$M</c>, each static field a <c>let C$f</c>, the lazy static initialisation
/// <c>C.$cctor()</c> a once-only <c>function C$$cctor</c> (it replaces itself with an empty function first, as the
/// class's <c>$cctor</c> did). Every <c>C.M</c> in the program is then a plain name: esbuild shortens names but not
/// properties, and a top-level function costs the loaded script no class, prototype or property lookup.
/// The code runs at exactly the moments it ran before: the statements sit where the class declaration sat (before any
/// static initialisation), <c>C.$cctor().X</c> is <c>(C$$cctor(), C$X)</c> and an assignment through it
/// <c>(C$$cctor(), C$X = v)</c>, each evaluated in the same order. A class stays a class when anything could tell the
/// difference: its name used other than as <c>C.member</c> (a value, an index, a spread, optional chaining), spelled in
/// template or runtime-helper text, a property it does not declare, a write to a method or getter, <c>delete</c>,
/// <c>this</c>/<c>super</c>/<c>arguments</c> in its members, a setter, or a generated name that is taken.
/// A method group of a flattened method (<c>($a) => C$M($a)</c>, see <c>BodyLowering.MethodGroup</c>) becomes the
/// function itself when the function declares exactly those plain parameters: it never reads <c>this</c> or
/// <c>arguments</c>, so extra arguments a caller passes are ignored as before, and two delegates of the same static
/// method are one function, equal as .NET's delegates are.
/// </summary>
public static partial class StaticClassFlattening
{
    /// <summary>A static class's JavaScript name and the JavaScript names of its static fields (and auto-properties),
    /// in declaration order.</summary>
    public sealed record StaticClass(string Name, IReadOnlyList<string> Fields);

    public static List<JsStmt> Apply(List<JsStmt> statements, IReadOnlyList<StaticClass> staticClasses, IEnumerable<string> helperCode)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in helperCode)
            foreach (Match w in Word().Matches(code)) words.Add(w.Value);
        var declared = statements.OfType<JsClassDecl>().Where(d => d.Class.Name is not null).ToDictionary(d => d.Class.Name!, d => d.Class, StringComparer.Ordinal);
        var flats = new Dictionary<string, Flat>(StringComparer.Ordinal);
        foreach (var sc in staticClasses)
        {
            if (!declared.TryGetValue(sc.Name, out var c) || c.Extends is not null || words.Contains(sc.Name)) continue;
            if (!c.Members.All(m => m is JsMethod { IsStatic: true, ComputedKey: null, Kind: JsMethodKind.Method or JsMethodKind.Getter })) continue;
            var members = c.Members.Cast<JsMethod>().ToList();
            if (members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != members.Count) continue;
            if (sc.Fields.Any(f => f == "$cctor" || members.Any(m => m.Name == f))) continue;
            flats[sc.Name] = new Flat(sc.Name, members.ToDictionary(m => m.Name, StringComparer.Ordinal), sc.Fields);
        }
        // Generated names must be new: two classes could spell the same C$M (A$B + C vs A + B$C).
        foreach (var group in flats.Values.SelectMany(f => f.GeneratedNames.Select(n => (Name: n, Class: f.Name))).GroupBy(x => x.Name).Where(g => g.Count() > 1))
            foreach (var x in group) flats.Remove(x.Class);
        while (flats.Count > 0)
        {
            var rewriter = new Rewriter(flats);
            var parts = new List<(Flat? Flat, JsClassDecl? Decl, List<JsStmt> Statements)>();
            foreach (var s in statements)
            {
                if (s is JsClassDecl { Class.Name: { } name } decl && flats.TryGetValue(name, out var flat)) parts.Add((flat, decl, rewriter.Flatten(flat, decl)));
                else parts.Add((null, null, [rewriter.Stmt(s)]));
            }
            var rejected = rewriter.Rejected;
            foreach (var f in flats.Values)
                if (f.GeneratedNames.Any(n => rewriter.Seen.Contains(n) || words.Contains(n))) rejected.Add(f.Name);
            if (rejected.Count == 0)
            {
                // The fields the program spells, declared where the class was (before any code runs), undefined until
                // the static initialisation assigns them, as the class's properties were.
                var output = new List<JsStmt>();
                foreach (var (flat, decl, stmts) in parts)
                {
                    var fields = flat?.Fields.Select(flat.Of).Where(rewriter.UsedFields.Contains).ToList();
                    if (fields is { Count: > 0 })
                        output.Add(new JsVar("let", fields.Select(n => new JsDeclarator(new JsIdentifier(n))).ToList()) { Location = decl!.Location });
                    output.AddRange(stmts);
                }
                return WithoutUncalled(output, flats.Values.SelectMany(f => f.Members.Keys.Select(f.Of)).ToHashSet(StringComparer.Ordinal));
            }
            foreach (var r in rejected) flats.Remove(r);
        }
        return statements;
    }

    /// <summary>Reachability kept a static member whose property name other kept code spells (names are all it can
    /// match); as a function, only a name reaches it, so one that no kept code names, directly or through other
    /// functions named so, is dropped.</summary>
    private static List<JsStmt> WithoutUncalled(List<JsStmt> statements, HashSet<string> functions)
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<string>();
        void Reach(IEnumerable<string> names)
        {
            foreach (var n in names)
                if (functions.Contains(n) && reached.Add(n)) work.Push(n);
        }
        foreach (var s in statements)
        {
            var names = new Rewriter(new Dictionary<string, Flat>(StringComparer.Ordinal));
            if (s is JsFunctionDecl { Function.Name: { } name } f && functions.Contains(name))
            {
                foreach (var p in f.Function.Parameters) names.Expr(p);
                names.Stmt(f.Function.Body);
                uses[name] = names.Seen;
            }
            else
            {
                names.Stmt(s);
                Reach(names.Seen);
            }
        }
        while (work.Count > 0) Reach(uses[work.Pop()]);
        return statements.Where(s => s is not JsFunctionDecl { Function.Name: { } name } || !functions.Contains(name) || reached.Contains(name)).ToList();
    }

    [GeneratedRegex(@"[A-Za-z_$][A-Za-z0-9_$]*")]
    private static partial Regex Word();

    private sealed class Flat(string name, Dictionary<string, JsMethod> members, IReadOnlyList<string> fields)
    {
        public string Name { get; } = name;
        public Dictionary<string, JsMethod> Members { get; } = members;
        public IReadOnlyList<string> Fields { get; } = fields;
        public string Of(string member) => Name + "$" + member;
        public IEnumerable<string> GeneratedNames => Members.Keys.Concat(Fields).Select(Of);
    }

    private enum Use { Read, Call, Assign, Modify, Pattern, Delete }

    private sealed class Rewriter(Dictionary<string, Flat> flats)
    {
        /// <summary>Classes that must stay classes.</summary>
        public HashSet<string> Rejected { get; } = new(StringComparer.Ordinal);
        /// <summary>Every name the input spells (identifiers, function and class names, template words).</summary>
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        /// <summary>Fields of flattened classes the program spells (only those are declared).</summary>
        private readonly HashSet<string> _usedFields = new(StringComparer.Ordinal);
        /// <summary>Each flattened member by its function's name.</summary>
        private readonly Dictionary<string, JsMethod> _functions = flats.Values
            .SelectMany(f => f.Members.Select(m => (Name: f.Of(m.Key), Method: m.Value)))
            .ToDictionary(x => x.Name, x => x.Method, StringComparer.Ordinal);
        /// <summary>The flattened class whose member is being rewritten (where <c>this</c> would be the class).</summary>
        private string? _owner;

        private List<T> All<T>(IEnumerable<T> items, Func<T, T> map) => items.Select(map).ToList();
        private JsExpr? E(JsExpr? e) => e is null ? null : Expr(e);
        private JsStmt? S(JsStmt? s) => s is null ? null : Stmt(s);
        private JsBlock B(JsBlock b) => new(All(b.Statements, Stmt)) { Location = b.Location };

        private Flat? FlatOf(JsExpr e) => e is JsIdentifier id && flats.TryGetValue(id.Name, out var f) ? f : null;

        private static JsIdentifier Cctor(Flat f) => new(f.Of("$cctor"));

        /// <summary><c>C.$cctor()</c> where <c>C</c> is flattened.</summary>
        private Flat? CctorCall(JsExpr e) =>
            e is JsCall { Optional: false, Arguments.Count: 0, Callee: JsMember { Optional: false, Name: "$cctor", Object: var o } } ? FlatOf(o) : null;

        private void Reject(Flat f) => Rejected.Add(f.Name);

        /// <summary><c>C.x</c> as a name (a field, a function) or a getter's call; null (and the class kept) when it
        /// cannot be one.</summary>
        private JsExpr? Member(Flat f, JsMember m, Use use)
        {
            if (m.Optional || m.Name == "$cctor") { Reject(f); return null; }
            if (f.Fields.Contains(m.Name))
            {
                if (use == Use.Delete) { Reject(f); return null; }
                _usedFields.Add(f.Of(m.Name));
                return new JsIdentifier(f.Of(m.Name));
            }
            if (f.Members.TryGetValue(m.Name, out var method) && use is Use.Read or Use.Call)
                return method.Kind == JsMethodKind.Getter ? new JsCall(new JsIdentifier(f.Of(m.Name)), []) : new JsIdentifier(f.Of(m.Name));
            Reject(f);
            return null;
        }

        /// <summary>A place read, written or called: <c>C.x</c>, <c>C.$cctor().x</c> or anything else.</summary>
        private JsExpr Place(JsExpr e, Use use)
        {
            if (e is JsMember m)
            {
                if (FlatOf(m.Object) is { } f) return Member(f, m, use) ?? m;
                if (CctorCall(m.Object) is { } g)
                {
                    if (use is not (Use.Read or Use.Call)) { Reject(g); return m; }
                    var inner = Member(g, m with { Object = new JsIdentifier(g.Name) }, use);
                    return inner is null ? m : new JsSequence([new JsCall(Cctor(g), []), inner]);
                }
                return m with { Object = Expr(m.Object) };
            }
            if (e is JsArrayPattern p)
                return p with { Elements = All(p.Elements, x => x switch
                {
                    null => null,
                    JsAssign d => d with { Target = Place(d.Target, Use.Pattern), Value = Expr(d.Value) },
                    JsSpread s => s with { Argument = Place(s.Argument, Use.Pattern) },
                    _ => Place(x, Use.Pattern),
                }) };
            return Expr(e);
        }

        /// <summary>A write through <c>C.$cctor().x</c>: the initialisation first, then the write, as one expression.</summary>
        private JsExpr? ThroughCctor(JsExpr target, Use use, Func<JsExpr, JsExpr> write)
        {
            if (target is not JsMember m || CctorCall(m.Object) is not { } g) return null;
            var inner = Member(g, m with { Object = new JsIdentifier(g.Name) }, use);
            return inner is null ? null : new JsSequence([new JsCall(Cctor(g), []), write(inner)]);
        }

        public JsExpr Expr(JsExpr e)
        {
            switch (e)
            {
                case JsIdentifier id:
                    Seen.Add(id.Name);
                    if (flats.TryGetValue(id.Name, out var f)) Reject(f);
                    if (_owner is not null && id.Name == "arguments") Rejected.Add(_owner);
                    return id;
                case JsThis or JsSuper:
                    if (_owner is not null) Rejected.Add(_owner);
                    return e;
                case JsMember m: return Place(m, Use.Read);
                case JsCall c:
                    if (CctorCall(c) is { } g) { Reject(g); return c; }
                    return c with { Callee = Place(c.Callee, Use.Call), Arguments = All(c.Arguments, Expr) };
                case JsAssign a:
                {
                    var use = a.Operator == "=" ? Use.Assign : Use.Modify;
                    var value = Expr(a.Value);
                    return ThroughCctor(a.Target, use, t => a with { Target = t, Value = value })
                        ?? a with { Target = Place(a.Target, use), Value = value };
                }
                case JsUnary u when u.Operator is "++" or "--" or "delete":
                {
                    var use = u.Operator == "delete" ? Use.Delete : Use.Modify;
                    return ThroughCctor(u.Operand, use, t => u with { Operand = t }) ?? u with { Operand = Place(u.Operand, use) };
                }
                case JsPostfix p: return ThroughCctor(p.Operand, Use.Modify, t => p with { Operand = t }) ?? p with { Operand = Place(p.Operand, Use.Modify) };
                case JsArrayPattern p: return Place(p, Use.Pattern);
                case JsIndex i: return i with { Object = Expr(i.Object), Index = Expr(i.Index) };
                case JsNew n: return n with { Callee = Expr(n.Callee), Arguments = All(n.Arguments, Expr) };
                case JsUnary u: return u with { Operand = Expr(u.Operand) };
                case JsBinary b: return b with { Left = Expr(b.Left), Right = Expr(b.Right) };
                case JsConditional c: return c with { Test = Expr(c.Test), Then = Expr(c.Then), Else = Expr(c.Else) };
                case JsSequence s: return s with { Expressions = All(s.Expressions, Expr) };
                case JsArray a: return a with { Elements = All(a.Elements, E) };
                case JsObject o: return o with { Properties = All(o.Properties, p => p with { ComputedKey = E(p.ComputedKey), Value = Expr(p.Value) }) };
                case JsSpread s: return s with { Argument = Expr(s.Argument) };
                case JsAwait a: return a with { Argument = Expr(a.Argument) };
                case JsYield y: return y with { Argument = E(y.Argument) };
                case JsArrow a: return MethodGroup(a with { Parameters = All(a.Parameters, Parameter), Body = a.Body is JsBlock ab ? B(ab) : Expr((JsExpr)a.Body) });
                case JsFunction fn:
                {
                    if (fn.Name is not null) Seen.Add(fn.Name);
                    var outer = _owner;
                    _owner = null;
                    try { return fn with { Parameters = All(fn.Parameters, Parameter), Body = B(fn.Body) }; }
                    finally { _owner = outer; }
                }
                case JsClassExpr c:
                {
                    var outer = _owner;
                    _owner = null;
                    try { return c with { Class = Class(c.Class) }; }
                    finally { _owner = outer; }
                }
                case JsTemplate t:
                    foreach (var part in t.Parts)
                    foreach (Match w in Word().Matches(part))
                    {
                        Seen.Add(w.Value);
                        if (flats.TryGetValue(w.Value, out var tf)) Reject(tf);
                        if (_owner is not null && w.Value is "this" or "arguments" or "super") Rejected.Add(_owner);
                    }
                    return t with { Arguments = All(t.Arguments, Expr) };
                default: return e; // literals
            }
        }

        /// <summary><c>($a, $b) => C$M($a, $b)</c> (a method group) is <c>C$M</c> when <c>C$M</c> declares exactly two
        /// plain parameters.</summary>
        private JsExpr MethodGroup(JsArrow a)
        {
            if (a is not { IsAsync: false, Body: JsCall { Optional: false, Callee: JsIdentifier callee } call }) return a;
            if (!a.Parameters.All(p => p is JsIdentifier { Name: ['$', _, ..] }) || call.Arguments.Count != a.Parameters.Count) return a;
            for (var i = 0; i < a.Parameters.Count; i++)
                if (call.Arguments[i] is not JsIdentifier arg || arg.Name != ((JsIdentifier)a.Parameters[i]).Name) return a;
            if (!_functions.TryGetValue(callee.Name, out var method) || method.Kind != JsMethodKind.Method) return a;
            return method.Parameters.Count == a.Parameters.Count && method.Parameters.All(p => p is JsIdentifier) ? callee : a;
        }

        /// <summary>A parameter is a binding, perhaps with a default value.</summary>
        private JsExpr Parameter(JsExpr p) => p switch
        {
            JsAssign a => a with { Target = Parameter(a.Target), Value = Expr(a.Value) },
            JsIdentifier id => Remember(id),
            _ => Place(p, Use.Pattern),
        };

        private JsIdentifier Remember(JsIdentifier id)
        {
            Seen.Add(id.Name);
            return id;
        }

        private JsClass Class(JsClass c)
        {
            if (c.Name is not null) Seen.Add(c.Name);
            return c with { Extends = E(c.Extends), Members = All(c.Members, Member) };
        }

        private JsClassMember Member(JsClassMember m) => m switch
        {
            JsMethod x => x with { ComputedKey = E(x.ComputedKey), Parameters = All(x.Parameters, Parameter), Body = B(x.Body) },
            JsField f => f with { Init = E(f.Init) },
            JsStaticBlock b => b with { Body = B(b.Body) },
            _ => m,
        };

        /// <summary>One function per member of the class.</summary>
        public List<JsStmt> Flatten(Flat f, JsClassDecl decl)
        {
            Seen.Add(f.Name);
            var functions = new List<JsStmt>();
            _owner = f.Name;
            try
            {
                foreach (var m in decl.Class.Members.Cast<JsMethod>())
                {
                    var body = m.Name == "$cctor" ? CctorBody(f, m.Body) : B(m.Body);
                    if (body is null) { Reject(f); continue; }
                    var fn = new JsFunction(f.Of(m.Name), All(m.Parameters, Parameter), body, m.IsAsync, m.IsGenerator);
                    functions.Add(new JsFunctionDecl(fn) { Location = decl.Location });
                }
            }
            finally { _owner = null; }
            return functions;
        }

        /// <summary><c>C.$cctor = () => C; …; return C;</c> becomes <c>C$$cctor = () => {}; …</c>.</summary>
        private JsBlock? CctorBody(Flat f, JsBlock body)
        {
            var all = body.Statements;
            if (all.Count < 2
                || all[0] is not JsExprStmt { Expression: JsAssign { Operator: "=", Target: JsMember { Name: "$cctor", Object: JsIdentifier self }, Value: JsArrow { Parameters.Count: 0, Body: JsIdentifier result } } } first
                || all[^1] is not JsReturn { Value: JsIdentifier returned }
                || self.Name != f.Name || result.Name != f.Name || returned.Name != f.Name)
                return null;
            var replace = new JsExprStmt(new JsAssign(Cctor(f), new JsArrow([], new JsBlock([])))) { Location = first.Location };
            return new JsBlock([replace, .. all.Skip(1).Take(all.Count - 2).Select(Stmt)]) { Location = body.Location };
        }

        public JsStmt Stmt(JsStmt s) => s switch
        {
            JsExprStmt { Expression: var call } e when CctorCall(call) is { } g => e with { Expression = new JsCall(Cctor(g), []) },
            JsBlock b => B(b),
            JsExprStmt e => e with { Expression = Expr(e.Expression) },
            JsVar v => v with { Declarators = All(v.Declarators, d => d with { Target = Place(d.Target, Use.Pattern), Init = E(d.Init) }) },
            JsReturn r => r with { Value = E(r.Value) },
            JsIf i => i with { Test = Expr(i.Test), Then = Stmt(i.Then), Else = S(i.Else) },
            JsFor f => f with { Init = S(f.Init), Test = E(f.Test), Update = E(f.Update), Body = Stmt(f.Body) },
            JsForOf f => f with { Target = Place(f.Target, Use.Pattern), Iterable = Expr(f.Iterable), Body = Stmt(f.Body) },
            JsWhile w => w with { Test = Expr(w.Test), Body = Stmt(w.Body) },
            JsDoWhile d => d with { Body = Stmt(d.Body), Test = Expr(d.Test) },
            JsThrow t => t with { Value = Expr(t.Value) },
            JsTry t => t with { Block = B(t.Block), CatchParameter = t.CatchParameter is null ? null : Place(t.CatchParameter, Use.Pattern), Catch = t.Catch is null ? null : B(t.Catch), Finally = t.Finally is null ? null : B(t.Finally) },
            JsSwitch w => w with { Discriminant = Expr(w.Discriminant), Cases = All(w.Cases, c => c with { Tests = All(c.Tests, Expr), Body = All(c.Body, Stmt) }) },
            JsLabeled l => l with { Body = Stmt(l.Body) },
            JsFunctionDecl f => f with { Function = (JsFunction)Expr(f.Function) },
            JsClassDecl c => c with { Class = Class(c.Class) },
            _ => s, // break, continue, empty
        };

        public IReadOnlySet<string> UsedFields => _usedFields;
    }
}
