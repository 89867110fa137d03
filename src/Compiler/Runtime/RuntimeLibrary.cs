using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CSharpToJs.Runtime;

/// <summary>
/// The runtime helpers embedded from <c>Runtime/**/$name.js</c>. Each file declares exactly one top-level
/// <c>function $name</c>, <c>class $name</c> or <c>const $name</c>; an optional first line
/// <c>// requires: $a $b</c> names the helpers it uses. Only requested helpers (and what they require) are emitted.
/// </summary>
public sealed partial class RuntimeLibrary
{
    public sealed record Helper(string Name, string Code, IReadOnlyList<string> Requires);

    private readonly Dictionary<string, Helper> _helpers;

    private RuntimeLibrary(Dictionary<string, Helper> helpers) => _helpers = helpers;

    public static RuntimeLibrary Embedded { get; } = LoadEmbedded();

    public bool Contains(string name) => _helpers.ContainsKey(name);

    private static RuntimeLibrary LoadEmbedded()
    {
        var assembly = typeof(RuntimeLibrary).Assembly;
        var helpers = new Dictionary<string, Helper>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("runtime/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var code = reader.ReadToEnd().Replace("\r\n", "\n").TrimEnd('\n');
            var name = Path.GetFileNameWithoutExtension(resource.Split('/').Last());
            var requires = new List<string>();
            var firstLine = code.Split('\n')[0];
            var match = RequiresLine().Match(firstLine);
            if (match.Success)
            {
                requires.AddRange(match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                code = code[(firstLine.Length + 1)..];
            }
            if (!helpers.TryAdd(name, new Helper(name, code, requires)))
                throw new InvalidOperationException("runtime helper defined twice: " + name);
        }
        return new RuntimeLibrary(helpers);
    }

    /// <summary>The requested helpers plus everything they require, dependencies first, ties by ordinal name.
    /// Unknown names are returned in <paramref name="missing"/>.</summary>
    public IReadOnlyList<Helper> Resolve(IEnumerable<string> requested, out IReadOnlyList<string> missing)
    {
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        var missingNames = new SortedSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(requested);
        while (stack.Count > 0)
        {
            var name = stack.Pop();
            if (!_helpers.TryGetValue(name, out var helper)) { missingNames.Add(name); continue; }
            if (!needed.Add(name)) continue;
            foreach (var r in helper.Requires) stack.Push(r);
        }
        missing = missingNames.ToList();
        var ordered = new List<Helper>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var remaining = needed.ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(n => _helpers[n].Requires.All(r => done.Contains(r) || !needed.Contains(r)))
                       ?? remaining[0]; // a cycle between helpers: fall back to name order
            ordered.Add(_helpers[next]);
            done.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }

    [GeneratedRegex(@"^//\s*requires:\s*(.*)$")]
    private static partial Regex RequiresLine();
}
