using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// Kubernetes label selector syntax: <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k notin (a,b)</c>,
/// <c>k</c> (exists) and <c>!k</c> (does not exist), comma-separated and ANDed.
/// </summary>
public sealed class LabelSelector
{
    private enum Operator { Equals, NotEquals, In, NotIn, Exists, DoesNotExist }

    private sealed record Requirement(string Key, Operator Op, IReadOnlyList<string> Values);

    private readonly IReadOnlyList<Requirement> requirements;

    private LabelSelector(IReadOnlyList<Requirement> requirements) => this.requirements = requirements;

    public bool IsEmpty => requirements.Count == 0;

    public static LabelSelector Everything { get; } = new(Array.Empty<Requirement>());

    public bool Matches(IReadOnlyDictionary<string, string> labels) => requirements.All(r =>
    {
        var has = labels.TryGetValue(r.Key, out var value);
        return r.Op switch
        {
            Operator.Equals => has && value == r.Values[0],
            Operator.NotEquals => !has || value != r.Values[0],
            Operator.In => has && r.Values.Contains(value!),
            Operator.NotIn => !has || !r.Values.Contains(value!),
            Operator.Exists => has,
            Operator.DoesNotExist => !has,
            _ => false,
        };
    });

    /// <summary>Parses a selector; returns an error message worded like apimachinery's on bad input.</summary>
    public static (LabelSelector? Selector, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (Everything, null);
        }
        var scanner = new Scanner(text);
        var requirements = new List<Requirement>();
        while (true)
        {
            scanner.SkipSpaces();
            var (requirement, error) = ParseRequirement(scanner);
            if (error is not null)
            {
                return (null, $"unable to parse requirement: {error}");
            }
            requirements.Add(requirement!);
            scanner.SkipSpaces();
            if (scanner.AtEnd)
            {
                return (new LabelSelector(requirements), null);
            }
            if (!scanner.TryConsume(","))
            {
                return (null, $"found '{scanner.Rest}', expected: ',' or 'end of string'");
            }
        }
    }

    private static (Requirement?, string?) ParseRequirement(Scanner scanner)
    {
        if (scanner.TryConsume("!"))
        {
            scanner.SkipSpaces();
            var negated = scanner.ReadKey();
            return negated.Length == 0 ? (null, "found '', expected: identifier after '!'") : (new Requirement(negated, Operator.DoesNotExist, Array.Empty<string>()), null);
        }
        var key = scanner.ReadKey();
        if (key.Length == 0)
        {
            return (null, $"found '{scanner.Rest}', expected: identifier");
        }
        var keyError = ValidateKey(key);
        if (keyError is not null)
        {
            return (null, keyError);
        }
        scanner.SkipSpaces();
        if (scanner.AtEnd || scanner.Peek == ',')
        {
            return (new Requirement(key, Operator.Exists, Array.Empty<string>()), null);
        }
        if (scanner.TryConsume("==") || scanner.TryConsume("="))
        {
            return (new Requirement(key, Operator.Equals, new[] { scanner.ReadValue() }), null);
        }
        if (scanner.TryConsume("!="))
        {
            return (new Requirement(key, Operator.NotEquals, new[] { scanner.ReadValue() }), null);
        }
        if (scanner.TryConsumeWord("notin"))
        {
            return ParseSet(scanner, key, Operator.NotIn);
        }
        if (scanner.TryConsumeWord("in"))
        {
            return ParseSet(scanner, key, Operator.In);
        }
        return (null, $"found '{scanner.Rest}', expected: in, notin, =, ==, !=, gt, lt");
    }

    private static (Requirement?, string?) ParseSet(Scanner scanner, string key, Operator op)
    {
        scanner.SkipSpaces();
        if (!scanner.TryConsume("("))
        {
            return (null, $"found '{scanner.Rest}', expected: '('");
        }
        var values = new List<string>();
        while (true)
        {
            scanner.SkipSpaces();
            values.Add(scanner.ReadValue());
            scanner.SkipSpaces();
            if (scanner.TryConsume(")"))
            {
                return (new Requirement(key, op, values), null);
            }
            if (!scanner.TryConsume(","))
            {
                return (null, $"found '{scanner.Rest}', expected: ',', ')' or identifier");
            }
        }
    }

    private static string? ValidateKey(string key)
    {
        var name = key.Contains('/') ? key[(key.LastIndexOf('/') + 1)..] : key;
        return name.Length is 0 or > 63 || !char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1])
            ? $"invalid label key \"{key}\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
            : null;
    }

    private sealed class Scanner
    {
        private readonly string text;
        private int position;

        public Scanner(string text) => this.text = text;

        public bool AtEnd => position >= text.Length;
        public char Peek => text[position];
        public string Rest => text[position..];

        public void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(Peek))
            {
                position++;
            }
        }

        public bool TryConsume(string token)
        {
            if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0)
            {
                return false;
            }
            position += token.Length;
            return true;
        }

        /// <summary>Consumes a keyword only when followed by a space or '(' (so a key named "input" is not "in").</summary>
        public bool TryConsumeWord(string word)
        {
            var end = position + word.Length;
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0 || end > text.Length
                || (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '('))
            {
                return false;
            }
            position = end;
            return true;
        }

        public string ReadKey() => ReadWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/');

        public string ReadValue() => ReadWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

        private string ReadWhile(Func<char, bool> accept)
        {
            var start = position;
            while (!AtEnd && accept(Peek))
            {
                position++;
            }
            return text[start..position];
        }
    }
}
