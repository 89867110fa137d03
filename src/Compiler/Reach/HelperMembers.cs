using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CSharpToJs.Js;
using CSharpToJs.Runtime;

namespace CSharpToJs.Reach;

/// <summary>
/// Drops the methods of runtime helper classes (<c>$HashSet</c>, <c>$DateTime</c>, <c>$Dictionary</c>, …) that no
/// kept code can call: a member whose name starts with an upper-case letter or <c>$</c> (the .NET surface and the
/// runtime's own protocol; lower-case names may be JavaScript's, called by the engine) stays only when the kept
/// program or a kept helper spells it as a property (<c>x.Name</c>, <c>x["Name"]</c>, an identifier-like string).
/// Repeated until nothing more falls away, since a dropped method may have been the only caller of another.
/// Constructors, fields, computed keys (<c>*[Symbol.iterator]</c>) and non-class helpers are kept whole. Works on
/// the helpers' text, whose layout the runtime files keep: <c>class $name …{</c>, members starting at two spaces
/// (a <c>/** … */</c> or <c>//</c> comment above one goes with it), the closing <c>}</c> alone on the last line.
/// </summary>
public static partial class HelperMembers
{
    /// <param name="helpers">The resolved helpers, in output order.</param>
    /// <param name="statements">The kept program.</param>
    public static IReadOnlyList<RuntimeLibrary.Helper> Prune(IReadOnlyList<RuntimeLibrary.Helper> helpers, IReadOnlyList<JsStmt> statements)
    {
        var program = new JsReferences();
        foreach (var s in statements) program.Add(s);
        var current = helpers;
        while (true)
        {
            var properties = new HashSet<string>(program.Properties, StringComparer.Ordinal);
            var text = new JsReferences();
            foreach (var h in current) text.AddText(h.Code);
            properties.UnionWith(text.Properties);
            var next = helpers.Select(h => h with { Code = PruneClass(h.Code, properties) }).ToList();
            if (next.Zip(current).All(p => p.First.Code.Length == p.Second.Code.Length)) return next;
            current = next;
        }
    }

    private static string PruneClass(string code, IReadOnlySet<string> properties)
    {
        var lines = code.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("class $", StringComparison.Ordinal));
        if (header < 0 || !lines[header].EndsWith('{') || lines[^1] != "}") return code;
        var kept = lines.Take(header + 1).ToList();
        var i = header + 1;
        while (i < lines.Length - 1)
        {
            // one member: its comment lines, its first line, and everything up to the next member's comment or first line
            var start = i;
            while (i < lines.Length - 1 && IsComment(lines[i])) i++;
            var first = i;
            i++;
            while (i < lines.Length - 1 && !StartsMember(lines[i])) i++;
            var name = first < lines.Length - 1 ? MethodName().Match(lines[first]) : Match.Empty;
            var droppable = name.Success && name.Groups[1].Value is var n && n != "constructor" &&
                            (char.IsAsciiLetterUpper(n[0]) || n[0] == '$') && !properties.Contains(n);
            if (!droppable) kept.AddRange(lines[start..i]);
        }
        kept.Add(lines[^1]);
        return string.Join("\n", kept);
    }

    private static bool StartsMember(string line) =>
        line.Length > 2 && line[0] == ' ' && line[1] == ' ' && line[2] != ' ' && line[2] != '}' && line[2] != ')' && line[2] != ']';

    private static bool IsComment(string line) =>
        line.StartsWith("  /*", StringComparison.Ordinal) || line.StartsWith("  //", StringComparison.Ordinal) ||
        line.StartsWith("   *", StringComparison.Ordinal);

    /// <summary>A method, getter or setter (not a field: no <c>(</c> right after the name).</summary>
    [GeneratedRegex(@"^  (?:static\s+)?(?:async\s+)?(?:get\s+|set\s+)?\*?([A-Za-z_$][A-Za-z0-9_$]*)\s*\(")]
    private static partial Regex MethodName();
}
