using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using CSharpToJs.Lower;
using CSharpToJs.Reach;

namespace CSharpToJs.Rename;

/// <summary>
/// Shorter property names for the program's own members (fields, properties and methods of source classes that no
/// JavaScript outside the bundle, no JSON and no runtime helper spells). A name is renamed everywhere the lowered tree
/// spells it as a property, so dispatch by name (virtual, interface, callbacks) stays consistent. A name is kept when
/// any foreign place could read it: members of [External], [ObjectLiteral], JSON-shape, enum and anonymous types,
/// [Name]d members, classes with an external base or interface, members read off JavaScript globals, object literal
/// keys, interop template text, fields handed to <c>$refMember</c> by name, every word of the runtime helpers and the
/// engine's own property names. Only names starting with an upper-case letter are candidates: lowered library calls
/// spell JavaScript's camelCase API names directly. The most frequent names get the shortest replacements; ties go by
/// ordinal order, so the result is deterministic.
/// </summary>
public static class MemberRenaming
{
    /// <summary>Property names the engine or the platform gives a meaning on objects, functions, classes, errors,
    /// promises, iterators and React elements.</summary>
    private static readonly string[] EngineNames =
    [
        "constructor", "prototype", "__proto__", "toString", "toLocaleString", "valueOf", "toJSON", "hasOwnProperty",
        "isPrototypeOf", "propertyIsEnumerable", "then", "catch", "finally", "length", "name", "message", "stack", "cause",
        "caller", "arguments", "call", "apply", "bind", "next", "done", "value", "return", "throw", "size", "get", "set",
        "at", "key", "ref", "props", "children", "type", "default", "displayName", "$$typeof",
    ];

    /// <summary>Identifiers that name JavaScript's or the host's objects: names read off them are theirs.</summary>
    private static readonly string[] JsGlobals =
    [
        "globalThis", "window", "self", "document", "console", "process", "navigator", "location", "localStorage",
        "performance", "Math", "Number", "String", "Boolean", "Symbol", "Object", "Array", "JSON", "Intl", "Date",
        "Promise", "Reflect", "Proxy", "Map", "Set", "WeakMap", "WeakSet", "RegExp", "Error", "TypeError", "RangeError",
        "SyntaxError", "BigInt", "Function", "ArrayBuffer", "Uint8Array", "TextEncoder", "TextDecoder", "URL",
        "URLSearchParams", "AbortController", "fetch", "setTimeout", "clearTimeout", "setInterval", "clearInterval",
        "queueMicrotask", "structuredClone", "encodeURIComponent", "decodeURIComponent", "pluginLib",
    ];

    /// <param name="statements">The kept program.</param>
    /// <param name="names">The lowering's naming, which knows which member names are the program's own.</param>
    /// <param name="rawCode">Hand-written JavaScript that goes into the bundle (the runtime helpers).</param>
    /// <param name="globalRoots">Global identifiers the program's interop paths start from.</param>
    /// <returns>Old property name → new property name.</returns>
    public static IReadOnlyDictionary<string, string> Plan(IReadOnlyList<JsStmt> statements, Naming names,
        IEnumerable<string> rawCode, IEnumerable<string> globalRoots)
    {
        var tree = new JsReferences { Globals = new HashSet<string>(JsGlobals.Concat(globalRoots), StringComparer.Ordinal) };
        foreach (var s in statements) tree.Add(s);
        var raw = new JsReferences();
        foreach (var code in rawCode) raw.AddText(code);

        var blocked = new HashSet<string>(names.ForeignMemberNames, StringComparer.Ordinal);
        blocked.UnionWith(tree.Spelled);
        blocked.UnionWith(tree.OffGlobals);
        blocked.UnionWith(raw.Properties);
        blocked.UnionWith(raw.Identifiers);
        blocked.UnionWith(EngineNames);

        var candidates = names.OwnMemberNames
            .Where(n => n[0] is >= 'A' and <= 'Z' && !blocked.Contains(n) && tree.PropertyCounts.ContainsKey(n))
            .OrderByDescending(n => tree.PropertyCounts[n]).ThenBy(n => n, StringComparer.Ordinal)
            .ToList();

        // A new name must not be a property anything in the bundle (or the engine) already uses.
        var taken = new HashSet<string>(blocked, StringComparer.Ordinal);
        taken.UnionWith(tree.PropertyCounts.Keys);
        taken.UnionWith(tree.Properties);
        taken.UnionWith(names.OwnMemberNames);

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = 0;
        foreach (var name in candidates)
        {
            string shortName;
            do shortName = ShortName(next++); while (taken.Contains(shortName));
            if (shortName.Length >= name.Length) { next--; continue; }
            map[name] = shortName;
        }
        return map;
    }

    private const string First = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Rest = First + "0123456789";

    /// <summary>The n-th short identifier: a … Z, then aa, ab, … (first character a letter).</summary>
    private static string ShortName(int n)
    {
        if (n < First.Length) return First[n].ToString();
        n -= First.Length;
        var chars = new List<char>();
        var width = 2;
        var block = First.Length * Rest.Length;
        while (n >= block) { n -= block; width++; block *= Rest.Length; }
        for (var i = 1; i < width; i++) { chars.Insert(0, Rest[n % Rest.Length]); n /= Rest.Length; }
        chars.Insert(0, First[n]);
        return new string(chars.ToArray());
    }
}
