using System.Collections.Generic;

namespace Kmesh.Model.Operations;

/// <summary>One line of the kmesh container's log: its 1-based number, its text and its severity.</summary>
public sealed record LogLine(int Number, string Text, string Level)
{
    /// <summary>error, fatal and panic lines are highlighted.</summary>
    public bool IsError => Level == "error" || Level == "fatal" || Level == "panic";
}

/// <summary>Splits a pod log (logrus text lines, <c>accesslog:</c> lines, anything else) into lines with levels.</summary>
public static class DaemonLog
{
    public static List<LogLine> Read(string? text)
    {
        var lines = new List<LogLine>();
        if (text is null || text.Length == 0) return lines;
        int start = 0;
        int number = 1;
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            string line = text.Substring(start, end - start);
            if (line.EndsWith("\r", System.StringComparison.Ordinal)) line = line.Substring(0, line.Length - 1);
            lines.Add(new LogLine(number, line, LevelOf(line)));
            number++;
            start = end + 1;
        }
        return lines;
    }

    /// <summary>logrus's <c>level=x</c> (text formatter) or <c>"level":"x"</c> (JSON formatter); "" when absent.</summary>
    public static string LevelOf(string line)
    {
        string? text = ValueAfter(line, "level=");
        if (text is null) text = ValueAfter(line, "\"level\":\"");
        if (text is null) return "";
        string level = text.ToLowerInvariant();
        return level == "warn" ? "warning" : level;
    }

    private static string? ValueAfter(string line, string key)
    {
        int at = line.IndexOf(key, System.StringComparison.Ordinal);
        if (at < 0 || (at > 0 && line[at - 1] != ' ' && line[at - 1] != '{' && line[at - 1] != ',')) return null;
        int start = at + key.Length;
        int end = start;
        while (end < line.Length && ((line[end] >= 'a' && line[end] <= 'z') || (line[end] >= 'A' && line[end] <= 'Z'))) end++;
        return end > start ? line.Substring(start, end - start) : null;
    }

    /// <summary>Lines containing <paramref name="query"/>, case-insensitively; every line for an empty query.</summary>
    public static List<LogLine> Filter(IReadOnlyList<LogLine> lines, string query)
    {
        var result = new List<LogLine>();
        string needle = query.Trim().ToLowerInvariant();
        foreach (LogLine line in lines)
        {
            if (needle.Length == 0 || line.Text.ToLowerInvariant().Contains(needle)) result.Add(line);
        }
        return result;
    }

    /// <summary>The path of Headlamp's pod log API for the kmesh container, bounded to the last <paramref name="tailLines"/>.</summary>
    public static string LogPath(string ns, string pod, int tailLines, bool previous)
        => $"/api/v1/namespaces/{ns}/pods/{pod}/log?container=kmesh&tailLines={tailLines}&previous={(previous ? "true" : "false")}";
}
