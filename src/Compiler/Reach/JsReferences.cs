using System.Collections.Generic;
using System.Text.RegularExpressions;
using CSharpToJs.Js;

namespace CSharpToJs.Reach;

/// <summary>What a piece of the JS tree can reach: the identifiers it reads (top-level classes, enums, helpers)
/// and the property names it can touch (<c>x.Name</c>, <c>x["Name"]</c>, identifier-like string literals and the
/// text of interop templates, which may name members the C# never spells).</summary>
public sealed partial class JsReferences
{
    public HashSet<string> Identifiers { get; } = new(System.StringComparer.Ordinal);
    public HashSet<string> Properties { get; } = new(System.StringComparer.Ordinal);

    /// <summary>How often each property name is spelled in the tree (<c>x.Name</c> and class member names).</summary>
    public Dictionary<string, int> PropertyCounts { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Names the tree spells as text: object literal keys, template words, fields handed to <c>$refMember</c>.</summary>
    public HashSet<string> Spelled { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Property names read off an identifier the program does not declare (a JS global such as
    /// <c>Math</c>, <c>Intl</c> or <c>pluginLib</c>), along the whole member chain.</summary>
    public HashSet<string> OffGlobals { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Identifiers that start member chains whose names belong to JavaScript, not to the program.</summary>
    public IReadOnlySet<string>? Globals { get; init; }

    private void Count(string name) => PropertyCounts[name] = PropertyCounts.GetValueOrDefault(name) + 1;

    private void Chain(JsMember m)
    {
        if (Globals is null) return;
        JsExpr root = m;
        var names = new List<string>();
        while (true)
        {
            if (root is JsMember member) { names.Add(member.Name); root = member.Object; }
            else if (root is JsCall { Callee: var callee }) root = callee;
            else break;
        }
        if (root is JsIdentifier id && Globals.Contains(id.Name)) OffGlobals.UnionWith(names);
    }

    public void Add(JsNode? node)
    {
        switch (node)
        {
            case null: return;
            case JsIdentifier id: Identifiers.Add(id.Name); return;
            case JsString s:
                if (IdentifierLike().IsMatch(s.Value)) Properties.Add(s.Value);
                return;
            case JsMember m: Properties.Add(m.Name); Count(m.Name); Chain(m); Add(m.Object); return;
            case JsIndex i: Add(i.Object); Add(i.Index); return;
            case JsCall c:
                // $refMember(owner, "field") reads and writes the field by its name
                if (c is { Callee: JsIdentifier { Name: "$refMember" }, Arguments: [_, JsString field, ..] }) Spelled.Add(field.Value);
                Add(c.Callee); AddAll(c.Arguments);
                return;
            case JsNew n: Add(n.Callee); AddAll(n.Arguments); return;
            case JsUnary u: Add(u.Operand); return;
            case JsPostfix p: Add(p.Operand); return;
            case JsBinary b: Add(b.Left); Add(b.Right); return;
            case JsAssign a: Add(a.Target); Add(a.Value); return;
            case JsConditional c: Add(c.Test); Add(c.Then); Add(c.Else); return;
            case JsSequence s: AddAll(s.Expressions); return;
            case JsArray a: AddAll(a.Elements); return;
            case JsObject o:
                foreach (var p in o.Properties)
                {
                    if (p.Key is not null) Spelled.Add(p.Key);
                    Add(p.ComputedKey);
                    Add(p.Value);
                }
                return;
            case JsSpread s: Add(s.Argument); return;
            case JsAwait a: Add(a.Argument); return;
            case JsYield y: Add(y.Argument); return;
            case JsArrow a: AddAll(a.Parameters); Add(a.Body); return;
            case JsFunction f: AddAll(f.Parameters); Add(f.Body); return;
            case JsClassExpr c: AddClass(c.Class); return;
            case JsArrayPattern p: AddAll(p.Elements); return;
            case JsTemplate t:
                foreach (var part in t.Parts)
                {
                    AddText(part);
                    foreach (Match w in Word().Matches(part)) Spelled.Add(w.Value);
                }
                AddAll(t.Arguments);
                return;
            case JsBlock b: AddAll(b.Statements); return;
            case JsExprStmt e: Add(e.Expression); return;
            case JsVar v:
                foreach (var d in v.Declarators) { Add(d.Target); Add(d.Init); }
                return;
            case JsReturn r: Add(r.Value); return;
            case JsIf i: Add(i.Test); Add(i.Then); Add(i.Else); return;
            case JsFor f: Add(f.Init); Add(f.Test); Add(f.Update); Add(f.Body); return;
            case JsForOf f: Add(f.Target); Add(f.Iterable); Add(f.Body); return;
            case JsWhile w: Add(w.Test); Add(w.Body); return;
            case JsDoWhile d: Add(d.Body); Add(d.Test); return;
            case JsThrow t: Add(t.Value); return;
            case JsTry t: Add(t.Block); Add(t.CatchParameter); Add(t.Catch); Add(t.Finally); return;
            case JsSwitch s:
                Add(s.Discriminant);
                foreach (var c in s.Cases) { AddAll(c.Tests); AddAll(c.Body); }
                return;
            case JsLabeled l: Add(l.Body); return;
            case JsFunctionDecl f: Add(f.Function); return;
            case JsClassDecl c: AddClass(c.Class); return;
            default: return; // this, super, literals, empty, break, continue: they reach nothing
        }
    }

    /// <summary>A whole class, every member included (for classes whose members JavaScript outside calls).</summary>
    public void AddClass(JsClass c)
    {
        Add(c.Extends);
        foreach (var m in c.Members) AddMember(m);
    }

    public void AddMember(JsClassMember member)
    {
        switch (member)
        {
            case JsMethod m:
                if (m.ComputedKey is null) Count(m.Name);
                Add(m.ComputedKey); AddAll(m.Parameters); Add(m.Body);
                break;
            case JsField f: Count(f.Name); Add(f.Init); break;
            case JsStaticBlock b: Add(b.Body); break;
        }
    }

    /// <summary>Hand-written JavaScript (runtime helpers, [Template] text): every <c>.name</c>, <c>["name"]</c>
    /// and identifier it mentions.</summary>
    public void AddText(string code)
    {
        foreach (Match m in DotName().Matches(code)) Properties.Add(m.Groups[1].Value);
        foreach (Match m in QuotedName().Matches(code)) Properties.Add(m.Groups[1].Value);
        foreach (Match m in Word().Matches(code)) Identifiers.Add(m.Value);
    }

    private void AddAll<T>(IEnumerable<T?> nodes) where T : JsNode
    {
        foreach (var n in nodes) Add(n);
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex IdentifierLike();

    [GeneratedRegex(@"\.\s*([A-Za-z_$][A-Za-z0-9_$]*)")]
    private static partial Regex DotName();

    [GeneratedRegex(@"[\[,(]\s*[""']([A-Za-z_$][A-Za-z0-9_$]*)[""']")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"[A-Za-z_$][A-Za-z0-9_$]*")]
    private static partial Regex Word();
}
