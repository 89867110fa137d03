using System.Collections.Generic;
using Kmesh.Model.Sources;
using Kmesh.Model.Transport;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

/// <summary>A logger-level change: the request, or why it is refused before anything is sent.</summary>
public sealed record LoggerChangeResult(AdminRequest? Request, string? Error);

public static class LoggerChange
{
    /// <summary>The levels offered for <paramref name="logger"/>: logrus names, except <c>bpf</c> (error|warn|info|debug).</summary>
    public static IReadOnlyList<string> Levels(string logger) => LoggerLevel.LevelsFor(logger);

    public static LoggerChangeResult Build(string logger, string level)
    {
        if (!IsName(logger)) return new LoggerChangeResult(null, Say.T("\"{{logger}}\" is not a logger name", "logger", logger));
        bool offered = false;
        foreach (string candidate in Levels(logger))
        {
            if (candidate == level) offered = true;
        }
        if (!offered)
        {
            return new LoggerChangeResult(null, Say.T("logger {{logger}} does not accept level \"{{level}}\" (it accepts {{levels}})", "logger", logger, "level", level, "levels", string.Join(", ", Levels(logger))));
        }
        return new LoggerChangeResult(AdminRequest.Post("/debug/loggers", "{\"name\":\"" + logger + "\",\"level\":\"" + level + "\"}"), null);
    }

    /// <summary>The query that reads one logger's level.</summary>
    public static string? ReadPath(string logger) => IsName(logger) ? "/debug/loggers?name=" + logger : null;

    /// <summary>Logger names as the daemon has them: letters, digits, '-' and '_'.</summary>
    public static bool IsName(string name)
    {
        if (name.Length == 0 || name.Length > 64) return false;
        foreach (char c in name)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) return false;
        }
        return true;
    }
}
