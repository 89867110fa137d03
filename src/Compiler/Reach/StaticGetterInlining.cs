using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CSharpToJs.Js;

namespace CSharpToJs.Reach;

/// <summary>
/// Reads of a static getter whose whole body is <c>return C.M(constants…)</c> (a static property like
/// <c>public static string Title => Tr.T("Kmesh")</c>) become that call, so the getter itself is unreachable and
/// pruned. The call is evaluated at exactly the moment the getter would have been, once per read, with the same
/// receiver (<c>C</c>) and freshly built constant arguments, so nothing observable changes; a getter that runs its
/// class's static constructor first (<c>$cctor()</c>) has a longer body and is left alone. Each getter costs the
/// loaded script a function object, its shared info and feedback cell (~0.25 KiB of heap) and its text; the string
/// tables of the views are hundreds of such properties. Calls of static methods that only forward their parameters
/// (<see cref="Forward"/>) are written as the forwarded call the same way.
/// The call names top-level classes only; locals never take those names (Naming renames them), and names declared
/// anywhere else (local functions, template text) keep the getter as it is.
/// </summary>
public static partial class StaticGetterInlining
{
    public static List<JsStmt> Apply(List<JsStmt> statements)
    {
        var classes = statements.OfType<JsClassDecl>().Select(c => c.Class).Where(c => c.Name is not null).ToList();
        var classNames = classes.Select(c => c.Name!).ToHashSet();
        var bodies = new Dictionary<(string Type, string Name), JsExpr>();
        var methods = new Dictionary<(string Type, string Name), Forward>();
        var staticMethods = classes.SelectMany(c => c.Members.OfType<JsMethod>()
            .Where(m => m is { IsStatic: true, Kind: JsMethodKind.Method, ComputedKey: null }).Select(m => (c.Name!, m.Name))).ToHashSet();
        foreach (var c in classes)
        {
            var staticNames = c.Members.Select(m => m switch
            {
                JsMethod { IsStatic: true, ComputedKey: null } x => x.Name,
                JsField { IsStatic: true } f => f.Name,
                _ => null,
            }).Where(n => n is not null).GroupBy(n => n!).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
            foreach (var m in c.Members.OfType<JsMethod>())
            {
                if (m is { IsStatic: true, Kind: JsMethodKind.Getter, ComputedKey: null, IsAsync: false, IsGenerator: false }
                    && staticNames.Contains(m.Name)
                    && m.Body.Statements is [JsReturn { Value: { } value }]
                    && (IsConstantCall(value, classNames)
                        || value is JsCall { Optional: false, Callee: JsMember { Optional: false, Object: JsIdentifier getterOwner } } getterCall
                           && classNames.Contains(getterOwner.Name) && Forwards(getterCall, [], staticMethods)))
                    bodies[(c.Name!, m.Name)] = value;
                else if (m is { IsStatic: true, Kind: JsMethodKind.Method, ComputedKey: null, IsAsync: false, IsGenerator: false }
                    && staticNames.Contains(m.Name)
                    && m.Parameters.All(p => p is JsIdentifier)
                    && m.Body.Statements is [JsReturn { Value: JsCall { Optional: false, Callee: JsMember { Optional: false, Object: JsIdentifier owner } callee } call }]
                    && classNames.Contains(owner.Name) && staticMethods.Contains((owner.Name, callee.Name))
                    && Forwards(call, m.Parameters.Cast<JsIdentifier>().Select(p => p.Name).ToList(), staticMethods))
                    methods[(c.Name!, m.Name)] = new Forward(m.Parameters.Cast<JsIdentifier>().Select(p => p.Name).ToList(), call);
            }
        }
        if (bodies.Count == 0 && methods.Count == 0) return statements;
        var declared = new HashSet<string>(System.StringComparer.Ordinal);
        var templateWords = new HashSet<string>(System.StringComparer.Ordinal);
        var declarations = new Declarations(declared, templateWords);
        foreach (var s in statements)
        {
            if (s is JsClassDecl c) foreach (var m in c.Class.Members) declarations.Member(m);
            else declarations.Node(s);
        }
        foreach (var key in bodies.Keys.ToList())
            if (Names(bodies[key]).Any(declared.Contains)) bodies.Remove(key);
        foreach (var key in methods.Keys.ToList())
            if (Names(methods[key].Call).Any(declared.Contains)) methods.Remove(key);
        if (bodies.Count == 0 && methods.Count == 0) return statements;
        var inliner = new Inliner(bodies, methods);
        var rewritten = statements.Select(inliner.Stmt).ToList();
        // A getter whose reads were all inlined goes now: reachability matches members by name, and the names of
        // string-table properties (Name, Pods, …) are spelled by other members too. It stays when its class is used
        // as a value (passed, extended, indexed) or a static method may reach it as this.X, or text spells the name.
        // A class with a base (perhaps an [External] JS class whose code reads statics) keeps its getters.
        var derived = classes.Where(c => c.Extends is not null).Select(c => c.Name!).ToHashSet();
        var gone = bodies.Keys.Concat(methods.Keys).Where(k => !derived.Contains(k.Type) && !inliner.MemberReads.Contains(k) && !inliner.ValueUses.Contains(k.Type)
            && !inliner.ThisNames.Contains(k.Name) && !templateWords.Contains(k.Name) && !templateWords.Contains(k.Type)).ToHashSet();
        if (gone.Count == 0) return rewritten;
        return rewritten.Select(s => s is JsClassDecl { Class.Name: { } name } c
            ? c with { Class = c.Class with { Members = c.Class.Members.Where(m => !(m is JsMethod { IsStatic: true, Kind: JsMethodKind.Getter or JsMethodKind.Method } g && gone.Contains((name, g.Name)))).ToList() } }
            : s).ToList();
    }

    /// <summary><c>C.M(a, b)</c> with <c>C</c> a top-level class and every argument a literal, a negative number or an
    /// array of such (a params array is built anew on every call, as before).</summary>
    private static bool IsConstantCall(JsExpr e, IReadOnlySet<string> classes) =>
        e is JsCall { Optional: false, Callee: JsMember { Optional: false, Object: JsIdentifier { Name: var owner } }, Arguments: var args }
        && classes.Contains(owner) && args.All(IsConstant);

    private static bool IsConstant(JsExpr? e) => e switch
    {
        JsString or JsNumber or JsBool or JsNull or JsUndefined => true,
        JsUnary { Operator: "-", Operand: JsNumber } => true,
        JsArray a => a.Elements.All(x => x is not null && IsConstant(x)),
        _ => false,
    };

    /// <summary>A static method whose whole body is <c>return C.M(…)</c> passing each of its parameters exactly once, in
    /// order, among constants: <c>static string Line(node) => Tr.T("on {{node}}", "node", node)</c>.</summary>
    private sealed record Forward(IReadOnlyList<string> Parameters, JsCall Call);

    /// <summary>The arguments are constants, parameters and arrays of those, and the parameters appear once each, in
    /// their order: then <c>Owner.Method(a, b)</c> can become the forwarded call with <c>a</c> and <c>b</c> in their
    /// places. The arguments are evaluated in the same order, before the same call (a static method, looked up
    /// before them as before); only the intermediate frame is gone.</summary>
    private static bool Forwards(JsCall call, IReadOnlyList<string> parameters, IReadOnlySet<(string, string)> staticMethods)
    {
        var seen = new List<string>();
        bool Ok(JsExpr? e) => e switch
        {
            JsIdentifier id when parameters.Contains(id.Name) => Add(id.Name),
            JsArray a => a.Elements.All(x => x is not null && Ok(x)),
            // A nested static call runs once its own arguments are in; every parameter must have been evaluated by
            // then, as the caller's arguments all were before the forwarding method ran.
            JsCall { Optional: false, Callee: JsMember { Optional: false, Object: JsIdentifier owner } callee } c
                when staticMethods.Contains((owner.Name, callee.Name)) => c.Arguments.All(Ok) && seen.Count == parameters.Count,
            _ => IsConstant(e),
        };
        bool Add(string name) { seen.Add(name); return true; }
        return call.Arguments.All(Ok) && seen.SequenceEqual(parameters);
    }

    private static JsExpr Substitute(JsExpr e, IReadOnlyDictionary<string, JsExpr> values) => e switch
    {
        JsIdentifier id when values.TryGetValue(id.Name, out var value) => value,
        JsArray a => a with { Elements = a.Elements.Select(x => x is null ? null : Substitute(x, values)).ToList() },
        JsCall c => c with { Arguments = c.Arguments.Select(x => Substitute(x, values)).ToList() },
        _ => e,
    };

    /// <summary>The classes a forwarded call names (its own callee's and nested calls').</summary>
    private static IEnumerable<string> Names(JsExpr e) => e switch
    {
        JsCall { Callee: JsMember { Object: JsIdentifier id } } c => c.Arguments.SelectMany(Names).Prepend(id.Name),
        JsArray a => a.Elements.SelectMany(x => x is null ? [] : Names(x)),
        _ => [],
    };

    [GeneratedRegex(@"[A-Za-z_$][A-Za-z0-9_$]*")]
    private static partial Regex Word();

    /// <summary>Every name bound below the top level: parameters, variables, local functions and classes, catch
    /// parameters, and every word of template text (which may bind names of its own).</summary>
    private sealed class Declarations(HashSet<string> names, HashSet<string> templateWords)
    {
        private void Target(JsExpr? t)
        {
            switch (t)
            {
                case JsIdentifier id: names.Add(id.Name); break;
                case JsArrayPattern p: foreach (var x in p.Elements) Target(x); break;
                case JsAssign a: Target(a.Target); Node(a.Value); break; // a parameter default
                case JsSpread s: Target(s.Argument); break;
                case JsObject o: foreach (var p in o.Properties) { Target(p.Value); Node(p.ComputedKey); } break;
                default: Node(t); break;
            }
        }

        public void Member(JsClassMember member)
        {
            switch (member)
            {
                case JsMethod m: Node(m.ComputedKey); foreach (var p in m.Parameters) Target(p); Node(m.Body); break;
                case JsField f: Node(f.Init); break;
                case JsStaticBlock b: Node(b.Body); break;
            }
        }

        private void Function(string? name, IEnumerable<JsExpr> parameters, JsNode body)
        {
            if (name is not null) names.Add(name);
            foreach (var p in parameters) Target(p);
            Node(body);
        }

        private void Class(JsClass c)
        {
            if (c.Name is not null) names.Add(c.Name);
            Node(c.Extends);
            foreach (var m in c.Members) Member(m);
        }

        public void Node(JsNode? node)
        {
            switch (node)
            {
                case null: return;
                case JsMember m: Node(m.Object); return;
                case JsIndex i: Node(i.Object); Node(i.Index); return;
                case JsCall c: Node(c.Callee); foreach (var a in c.Arguments) Node(a); return;
                case JsNew n: Node(n.Callee); foreach (var a in n.Arguments) Node(a); return;
                case JsUnary u: Node(u.Operand); return;
                case JsPostfix p: Node(p.Operand); return;
                case JsBinary b: Node(b.Left); Node(b.Right); return;
                case JsAssign a: Node(a.Target); Node(a.Value); return;
                case JsConditional c: Node(c.Test); Node(c.Then); Node(c.Else); return;
                case JsSequence s: foreach (var x in s.Expressions) Node(x); return;
                case JsArray a: foreach (var x in a.Elements) Node(x); return;
                case JsObject o: foreach (var p in o.Properties) { Node(p.ComputedKey); Node(p.Value); } return;
                case JsSpread s: Node(s.Argument); return;
                case JsAwait a: Node(a.Argument); return;
                case JsYield y: Node(y.Argument); return;
                case JsArrow a: Function(null, a.Parameters, a.Body); return;
                case JsFunction f: Function(f.Name, f.Parameters, f.Body); return;
                case JsClassExpr c: Class(c.Class); return;
                case JsArrayPattern p: Target(p); return;
                case JsTemplate t:
                    foreach (var part in t.Parts)
                        foreach (Match w in Word().Matches(part)) { names.Add(w.Value); templateWords.Add(w.Value); }
                    foreach (var a in t.Arguments) Node(a);
                    return;
                case JsBlock b: foreach (var s in b.Statements) Node(s); return;
                case JsExprStmt e: Node(e.Expression); return;
                case JsVar v: foreach (var d in v.Declarators) { Target(d.Target); Node(d.Init); } return;
                case JsReturn r: Node(r.Value); return;
                case JsIf i: Node(i.Test); Node(i.Then); Node(i.Else); return;
                case JsFor f: Node(f.Init); Node(f.Test); Node(f.Update); Node(f.Body); return;
                case JsForOf f: if (f.Kind is null) Node(f.Target); else Target(f.Target); Node(f.Iterable); Node(f.Body); return;
                case JsWhile w: Node(w.Test); Node(w.Body); return;
                case JsDoWhile d: Node(d.Body); Node(d.Test); return;
                case JsThrow t: Node(t.Value); return;
                case JsTry t: Node(t.Block); Target(t.CatchParameter); Node(t.Catch); Node(t.Finally); return;
                case JsSwitch s: Node(s.Discriminant); foreach (var c in s.Cases) { foreach (var x in c.Tests) Node(x); foreach (var x in c.Body) Node(x); } return;
                case JsLabeled l: Node(l.Body); return;
                case JsFunctionDecl f: Node(f.Function); return;
                case JsClassDecl c: Class(c.Class); return;
                default: return; // identifiers read, this, super, literals, empty, break, continue
            }
        }
    }

    /// <summary>Rebuilds the tree with every read of an inlined getter replaced by its call.</summary>
    private sealed class Inliner(Dictionary<(string Type, string Name), JsExpr> bodies, Dictionary<(string Type, string Name), Forward> methods)
    {
        private List<T> All<T>(IEnumerable<T> items, System.Func<T, T> map) => items.Select(map).ToList();
        private JsExpr? E(JsExpr? e) => e is null ? null : Expr(e);
        private JsStmt? S(JsStmt? s) => s is null ? null : Stmt(s);
        private JsBlock B(JsBlock b) => new(All(b.Statements, Stmt)) { Location = b.Location };

        /// <summary>An assignment target or the operand of <c>++</c>/<c>--</c>/<c>delete</c>: writes are never inlined.</summary>
        private JsExpr Place(JsExpr e) => e is JsMember m ? Read(m) : Expr(e);

        private JsIdentifier Use(JsIdentifier id)
        {
            ValueUses.Add(id.Name);
            return id;
        }

        /// <summary><c>C.X</c> reads and writes left in the tree (an inlined call's own <c>C.M</c> included).</summary>
        public HashSet<(string Type, string Name)> MemberReads { get; } = [];
        /// <summary>Names used other than as the object of a member access: passed, extended, indexed, constructed.</summary>
        public HashSet<string> ValueUses { get; } = new(System.StringComparer.Ordinal);
        /// <summary>Property names read off <c>this</c> or <c>super</c> in static members (where <c>this</c> is the class).</summary>
        public HashSet<string> ThisNames { get; } = new(System.StringComparer.Ordinal);

        private bool _inStatic;

        /// <summary>Notes the calls an inlined body makes (they must stay) and returns <paramref name="result"/>.</summary>
        private JsExpr Inlined(JsExpr body, JsExpr? result = null)
        {
            Note(body);
            return result ?? body;
        }

        private void Note(JsExpr? e)
        {
            switch (e)
            {
                case JsCall { Callee: JsMember { Object: JsIdentifier owner } callee } c:
                    MemberReads.Add((owner.Name, callee.Name));
                    foreach (var a in c.Arguments) Note(a);
                    break;
                case JsArray a:
                    foreach (var x in a.Elements) Note(x);
                    break;
            }
        }

        private JsExpr Read(JsMember m)
        {
            switch (m.Object)
            {
                case JsIdentifier owner: MemberReads.Add((owner.Name, m.Name)); return m;
                case JsThis or JsSuper:
                    if (_inStatic) ThisNames.Add(m.Name);
                    return m;
                default: return m with { Object = Expr(m.Object) };
            }
        }

        public JsExpr Expr(JsExpr e) => e switch
        {
            JsMember { Optional: false, Object: JsIdentifier owner } m when bodies.TryGetValue((owner.Name, m.Name), out var body) => Inlined(body),
            JsMember m => Read(m),
            JsIdentifier id => Use(id),
            JsIndex i => i with { Object = Expr(i.Object), Index = Expr(i.Index) },
            JsCall { Optional: false, Callee: JsMember { Optional: false, Object: JsIdentifier owner } callee, Arguments: var args }
                when methods.TryGetValue((owner.Name, callee.Name), out var forward) && args.Count == forward.Parameters.Count && !args.Any(a => a is JsSpread)
                => Inlined(forward.Call, Substitute(forward.Call, forward.Parameters.Zip(All(args, Expr)).ToDictionary(p => p.First, p => p.Second))),
            JsCall c => c with { Callee = Expr(c.Callee), Arguments = All(c.Arguments, Expr) },
            JsNew n => n with { Callee = Expr(n.Callee), Arguments = All(n.Arguments, Expr) },
            JsUnary u => u with { Operand = u.Operator is "++" or "--" or "delete" ? Place(u.Operand) : Expr(u.Operand) },
            JsPostfix p => p with { Operand = Place(p.Operand) },
            JsBinary b => b with { Left = Expr(b.Left), Right = Expr(b.Right) },
            JsAssign a => a with { Target = Place(a.Target), Value = Expr(a.Value) },
            JsConditional c => c with { Test = Expr(c.Test), Then = Expr(c.Then), Else = Expr(c.Else) },
            JsSequence s => s with { Expressions = All(s.Expressions, Expr) },
            JsArray a => a with { Elements = All(a.Elements, E) },
            JsObject o => o with { Properties = All(o.Properties, p => p with { ComputedKey = E(p.ComputedKey), Value = Expr(p.Value) }) },
            JsSpread s => s with { Argument = Expr(s.Argument) },
            JsAwait a => a with { Argument = Expr(a.Argument) },
            JsYield y => y with { Argument = E(y.Argument) },
            JsArrow a => a with { Parameters = All(a.Parameters, Parameter), Body = a.Body is JsBlock b ? B(b) : Expr((JsExpr)a.Body) },
            JsFunction f => f with { Parameters = All(f.Parameters, Parameter), Body = B(f.Body) },
            JsClassExpr c => c with { Class = Class(c.Class) },
            JsArrayPattern p => p with { Elements = All(p.Elements, x => x is null ? null : Place(x)) },
            JsTemplate t => t with { Arguments = All(t.Arguments, Expr) },
            _ => e, // identifiers, this, super, literals
        };

        /// <summary>A parameter is a binding, perhaps with a default value.</summary>
        private JsExpr Parameter(JsExpr p) => p is JsAssign a ? a with { Value = Expr(a.Value) } : p;

        private JsClass Class(JsClass c) => c with { Extends = E(c.Extends), Members = All(c.Members, Member) };

        private JsClassMember Member(JsClassMember m)
        {
            var outer = _inStatic;
            _inStatic = m is JsMethod { IsStatic: true } or JsField { IsStatic: true } or JsStaticBlock;
            try
            {
                return m switch
                {
                    JsMethod x => x with { ComputedKey = E(x.ComputedKey), Parameters = All(x.Parameters, Parameter), Body = B(x.Body) },
                    JsField f => f with { Init = E(f.Init) },
                    JsStaticBlock b => b with { Body = B(b.Body) },
                    _ => m,
                };
            }
            finally { _inStatic = outer; }
        }

        public JsStmt Stmt(JsStmt s) => s switch
        {
            JsBlock b => B(b),
            JsExprStmt e => e with { Expression = Expr(e.Expression) },
            JsVar v => v with { Declarators = All(v.Declarators, d => d with { Init = E(d.Init) }) },
            JsReturn r => r with { Value = E(r.Value) },
            JsIf i => i with { Test = Expr(i.Test), Then = Stmt(i.Then), Else = S(i.Else) },
            JsFor f => f with { Init = S(f.Init), Test = E(f.Test), Update = E(f.Update), Body = Stmt(f.Body) },
            JsForOf f => f with { Target = f.Kind is null ? Place(f.Target) : f.Target, Iterable = Expr(f.Iterable), Body = Stmt(f.Body) },
            JsWhile w => w with { Test = Expr(w.Test), Body = Stmt(w.Body) },
            JsDoWhile d => d with { Body = Stmt(d.Body), Test = Expr(d.Test) },
            JsThrow t => t with { Value = Expr(t.Value) },
            JsTry t => t with { Block = B(t.Block), Catch = t.Catch is null ? null : B(t.Catch), Finally = t.Finally is null ? null : B(t.Finally) },
            JsSwitch w => w with { Discriminant = Expr(w.Discriminant), Cases = All(w.Cases, c => c with { Tests = All(c.Tests, Expr), Body = All(c.Body, Stmt) }) },
            JsLabeled l => l with { Body = Stmt(l.Body) },
            JsFunctionDecl f => f with { Function = (JsFunction)Expr(f.Function) },
            JsClassDecl c => c with { Class = Class(c.Class) },
            _ => s, // break, continue, empty
        };
    }
}
