using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>Splits what curl -i (or cat on a raw socket) printed into status line, headers and body.</summary>
public sealed record HttpResponseText(string StatusLine, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    public static HttpResponseText Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"no header terminator in: {text}");
        }
        var lines = text[..end].Split("\r\n");
        var headers = lines.Skip(1).Select(l => (l[..l.IndexOf(':')], l[(l.IndexOf(':') + 2)..])).ToList();
        return new HttpResponseText(lines[0], headers, text[(end + 4)..]);
    }

    public IReadOnlyList<string> HeaderNames => Headers.Select(h => h.Name).ToList();

    public string? Header(string name) => Headers.Where(h => h.Name == name).Select(h => h.Value).FirstOrDefault();
}
