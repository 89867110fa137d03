using System.Collections.Generic;
using Kmesh.Model.Json;

namespace Kmesh.Model.Sources;

/// <summary>Admin <c>GET /debug/loggers</c>: logger names. The daemon lists them in Go map order, so they are
/// sorted here (ordinal) to give a stable display.</summary>
public sealed record LoggerList(IReadOnlyList<string> Names)
{
    public static Parsed<LoggerList> Read(string? text) => JsonSource.Read(text, (reader, root) =>
    {
        IReadOnlyList<JsonValue> items = reader.RequireArray(root, JsonPath.Root);
        var names = new List<string>();
        for (int i = 0; i < items.Count; i++)
        {
            string name = reader.StringItem(items[i], JsonPath.Root.Item(i));
            if (name.Length > 0) names.Add(name);
        }
        names.Sort((a, b) => string.CompareOrdinal(a, b));
        return new LoggerList(names);
    });
}

/// <summary>Admin <c>GET /debug/loggers?name=X</c>.</summary>
public sealed record LoggerLevel(string Name, string Level)
{
    /// <summary>Levels the daemon accepts: logrus names, except logger <c>bpf</c> which has its own four.</summary>
    public static IReadOnlyList<string> LevelsFor(string loggerName) => loggerName == "bpf"
        ? new List<string> { "error", "warn", "info", "debug" }
        : new List<string> { "panic", "fatal", "error", "warning", "info", "debug", "trace" };

    public static Parsed<LoggerLevel> Read(string? text) => JsonSource.Read(text, (reader, root) =>
    {
        reader.RequireObject(root, JsonPath.Root);
        return new LoggerLevel(reader.String(root, "name", JsonPath.Root), reader.String(root, "level", JsonPath.Root));
    });
}
