using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kmesh.Preview.Admin;

namespace Kmesh.Preview.Exec;

/// <summary>
/// Runs the command the plugin execs into the kmesh container to reach the admin API
/// (<c>/bin/sh -c "if command -v curl …; then curl -sS -i … 'http://127.0.0.1:15200&lt;path&gt;'; elif command -v bash …; then exec bash -c 'exec 3&lt;&gt;/dev/tcp/… &amp;&amp; printf … &gt;&amp;3 &amp;&amp; cat &lt;&amp;3'; else …; fi"</c>,
/// and the older form whose else branch opens /dev/tcp in /bin/sh itself)
/// against the simulated admin server, producing what curl -i (or cat on the raw socket) would print.
/// </summary>
public static class AdminCommand
{
    private const string AdminHost = "127.0.0.1";
    private const int AdminPort = 15200;

    /// <param name="server">The container's admin server; null when nothing listens on :15200 (not a Kmesh container).</param>
    public static ExecResult Run(IReadOnlyList<string> argv, AdminServer? server, bool imageHasCurl, DateTime now)
    {
        if (argv.Count == 0)
        {
            return ExecResult.Failed("", 1);
        }
        if (argv[0] == "curl")
        {
            return imageHasCurl ? Curl(argv.Skip(1).ToList(), server, now) : ExecResult.Failed("", 127);
        }
        if (argv.Count < 3 || argv[0] is not ("/bin/sh" or "sh" or "/bin/bash" or "bash") || argv[1] != "-c")
        {
            return ExecResult.Failed($"{argv[0]}: command not found\n", 127);
        }
        var words = ShellWords.Split(argv[2]);
        var curlAt = FindCommand(words, "curl");
        if (curlAt >= 0 && imageHasCurl)
        {
            return Curl(Arguments(words, curlAt), server, now);
        }
        var bashAt = FindCommand(words, "bash");
        if (bashAt >= 0 && bashAt + 2 < words.Count && words[bashAt + 1] == "-c")
        {
            // The plugin's fallback runs bash explicitly for /dev/tcp: run its script (the image has bash).
            return Run(new[] { "bash", "-c", words[bashAt + 2] }, server, imageHasCurl, now);
        }
        var usesCommandCheck = words.Contains("command");
        var printfAt = FindCommand(words, "printf");
        if (printfAt >= 0 && (usesCommandCheck || curlAt < 0))
        {
            return DevTcp(words, printfAt, server, now);
        }
        var first = words.FirstOrDefault(w => w != ShellWords.Separator) ?? "";
        return ExecResult.Failed($"/bin/sh: line 1: {first}: command not found\n", 127);
    }

    /// <summary>Index of a word used as a command: at the start, after a separator or after then/else.</summary>
    private static int FindCommand(List<string> words, string command)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == command && (i == 0 || words[i - 1] is ShellWords.Separator or "then" or "else" or "exec"))
            {
                return i;
            }
        }
        return -1;
    }

    private static List<string> Arguments(List<string> words, int commandAt) =>
        words.Skip(commandAt + 1).TakeWhile(w => w != ShellWords.Separator).ToList();

    private static ExecResult Curl(List<string> args, AdminServer? server, DateTime now)
    {
        string? method = null, body = null, url = null;
        var include = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-X" or "--request" when i + 1 < args.Count:
                    method = args[++i];
                    break;
                case "-H" or "--header" or "--max-time" or "-m" or "--connect-timeout" when i + 1 < args.Count:
                    i++;
                    break;
                case "--data-binary" or "--data" or "--data-raw" or "-d" when i + 1 < args.Count:
                    body = args[++i];
                    break;
                case "-i" or "--include":
                    include = true;
                    break;
                default:
                    if (arg.StartsWith("http://", StringComparison.Ordinal))
                    {
                        url = arg;
                    }
                    else if (arg.StartsWith('-') && !arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('i'))
                    {
                        include = true;
                    }
                    break;
            }
        }
        if (url is null)
        {
            return ExecResult.Failed("curl: (2) no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2);
        }
        var (host, port, path) = SplitUrl(url);
        if (server is null || !IsAdminAddress(host, port))
        {
            return ExecResult.Failed($"curl: (7) Failed to connect to {host} port {port} after 0 ms: Couldn't connect to server\n", 7);
        }
        var response = server.Handle(new AdminRequest(method ?? (body is null ? "GET" : "POST"), path, body ?? ""));
        if (response.Crashed)
        {
            return ExecResult.Failed("curl: (52) Empty reply from server\n", 52);
        }
        var rendered = GoHttpResponse.Render(response, now, http11: true);
        return new ExecResult(include ? rendered : response.Body, Array.Empty<byte>(), 0);
    }

    private static ExecResult DevTcp(List<string> words, int printfAt, AdminServer? server, DateTime now)
    {
        var target = words.FirstOrDefault(w => w.Contains("/dev/tcp/", StringComparison.Ordinal));
        if (target is null || printfAt + 1 >= words.Count)
        {
            return ExecResult.Failed("/bin/sh: line 1: printf: usage: printf [-v var] format [arguments]\n", 2);
        }
        var address = target[(target.IndexOf("/dev/tcp/", StringComparison.Ordinal) + "/dev/tcp/".Length)..].Split('/');
        var host = address[0];
        var port = address.Length > 1 && int.TryParse(address[1], out var p) ? p : 0;
        if (server is null || !IsAdminAddress(host, port))
        {
            return ExecResult.Failed($"/bin/sh: connect: Connection refused\n/bin/sh: line 1: /dev/tcp/{host}/{port}: Connection refused\n", 1);
        }
        var request = ParseRawRequest(PrintfFormat(words[printfAt + 1]));
        if (request is null)
        {
            return new ExecResult(GoHttpResponse.Render(AdminResponse.Error(400, "400 Bad Request"), now, http11: true), Array.Empty<byte>(), 0);
        }
        var response = server.Handle(request);
        return response.Crashed
            ? new ExecResult(Array.Empty<byte>(), Array.Empty<byte>(), 0)
            : new ExecResult(GoHttpResponse.Render(response, now, http11: false), Array.Empty<byte>(), 0);
    }

    private static bool IsAdminAddress(string host, int port) => host is AdminHost or "localhost" && port == AdminPort;

    private static (string Host, int Port, string Path) SplitUrl(string url)
    {
        var rest = url["http://".Length..];
        var slash = rest.IndexOfAny(new[] { '/', '?' });
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "/" : rest[slash..];
        if (path.StartsWith('?'))
        {
            path = "/" + path;
        }
        var colon = authority.LastIndexOf(':');
        return colon < 0
            ? (authority, 80, path)
            : (authority[..colon], int.TryParse(authority[(colon + 1)..], out var port) ? port : 80, path);
    }

    /// <summary>printf's format-string escapes: \r \n \t \\ \" \' and %% (the request carries no conversions).</summary>
    private static string PrintfFormat(string format)
    {
        var text = new StringBuilder(format.Length);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '\\' && i + 1 < format.Length)
            {
                var next = format[++i];
                text.Append(next switch { 'r' => '\r', 'n' => '\n', 't' => '\t', _ => next });
            }
            else if (c == '%' && i + 1 < format.Length && format[i + 1] == '%')
            {
                text.Append('%');
                i++;
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static AdminRequest? ParseRawRequest(string raw)
    {
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? raw : raw[..headerEnd];
        var body = headerEnd < 0 ? "" : raw[(headerEnd + 4)..];
        var requestLine = head.Split("\r\n")[0].Split(' ');
        if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/", StringComparison.Ordinal) || !requestLine[1].StartsWith('/'))
        {
            return null;
        }
        return new AdminRequest(requestLine[0], requestLine[1], body);
    }
}
