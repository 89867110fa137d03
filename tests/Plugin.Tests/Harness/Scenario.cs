using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Kmesh.Plugin.Tests.Harness;

/// <summary>
/// One situation of a cluster as the plugin sees it through Headlamp: what each resource list answers (items,
/// an API error, or still loading), what ApiProxy.request answers per path, and what the daemon's admin server
/// answers through pod exec. Built fluently by the tests; serialised to JSON for the fake pluginLib.
/// </summary>
public sealed class Scenario
{
    private readonly JsonObject _lists = new();
    private readonly JsonObject _requests = new();
    private readonly Dictionary<string, (int Status, string Body)> _admin = new();
    private JsonObject _routeParams = new();
    private readonly JsonArray _denied = new();
    private readonly JsonObject _configs = new();
    private readonly Dictionary<string, ExecBehaviour> _execByPod = new();
    private readonly Dictionary<string, (int Status, string Body)> _adminByPod = new();

    /// <summary>How exec streams behave: answer from the admin table, or fail before running.</summary>
    public ExecBehaviour Exec { get; set; } = ExecBehaviour.Answer;

    /// <summary>When above 0, exec streams send each channel in messages of this many bytes (a character may be split
    /// between two), as a WebSocket carries a large answer; 0: one message a channel.</summary>
    public int ExecFrameBytes { get; set; }

    /// <summary>"object" (Headlamp ≥ 0.26) or "array" (older useList/useGet shape).</summary>
    public string ListStyle { get; set; } = "object";

    public string Now { get; set; } = "2025-12-10T09:00:00Z";

    /// <summary>The location's query string (e.g. "?node=kmesh-worker"), as react-router's useLocation gives it.</summary>
    public string Search { get; set; } = "";

    public Scenario List(string kind, IEnumerable<JsonObject> items)
    {
        _lists[kind] = new JsonObject { ["items"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()) };
        return this;
    }

    /// <summary>The objects the <paramref name="kind"/> list answers (copies), e.g. to open one's details page.</summary>
    public IReadOnlyList<JsonObject> Items(string kind) =>
        _lists[kind]?["items"]?.AsArray().Select(i => i!.DeepClone().AsObject()).ToList() ?? new List<JsonObject>();

    public Scenario ListError(string kind, int status, string message)
    {
        _lists[kind] = new JsonObject { ["error"] = new JsonObject { ["status"] = status, ["message"] = message } };
        return this;
    }

    public Scenario ListLoading(string kind)
    {
        _lists[kind] = "loading";
        return this;
    }

    public Scenario Request(string path, int status, string body)
    {
        _requests[path] = new JsonObject { ["status"] = status, ["body"] = body, ["statusText"] = ReasonPhrase(status) };
        return this;
    }

    /// <summary>The answer to every request (any method) whose path starts with <paramref name="prefix"/> and has no
    /// answer of its own, e.g. every admin path through one pod's API-server proxy.</summary>
    public Scenario RequestPrefix(string prefix, int status, string body) => Request("PREFIX " + prefix, status, body);

    /// <summary>Answers for successive requests of <paramref name="path"/>; the last one repeats.</summary>
    public Scenario RequestSequence(string path, params (int Status, string Body)[] answers)
    {
        _requests[path] = new JsonArray(answers.Select(a => (JsonNode)new JsonObject { ["status"] = a.Status, ["body"] = a.Body, ["statusText"] = ReasonPhrase(a.Status) }).ToArray());
        return this;
    }

    /// <summary>The admin server's answer to <paramref name="adminPath"/> (e.g. "/version") when reached by exec.</summary>
    public Scenario Admin(string adminPath, int status, string body)
    {
        _admin[adminPath] = (status, body);
        return this;
    }

    /// <summary>A permission the user lacks, as "verb resource[/subresource]" (e.g. "create pods/exec"): access
    /// reviews answer allowed=false for it.</summary>
    public Scenario Deny(string permission)
    {
        _denied.Add(permission);
        return this;
    }

    /// <summary>How exec streams to one pod behave (others follow <see cref="Exec"/>).</summary>
    public Scenario ExecFor(string pod, ExecBehaviour behaviour)
    {
        _execByPod[pod] = behaviour;
        return this;
    }

    /// <summary>One pod's admin answer to <paramref name="adminPath"/>, overriding <see cref="Admin"/> for that pod.</summary>
    public Scenario AdminFor(string pod, string adminPath, int status, string body)
    {
        _adminByPod[pod + " " + adminPath] = (status, body);
        return this;
    }

    /// <summary>The plugin configuration Headlamp's ConfigStore holds under <paramref name="key"/> (e.g. {readOnly: true}).</summary>
    public Scenario Config(string key, JsonObject value)
    {
        _configs[key] = value;
        return this;
    }

    public Scenario RouteParams(JsonObject routeParams)
    {
        _routeParams = routeParams;
        return this;
    }

    public string ToJson() => new JsonObject
    {
        ["lists"] = _lists.DeepClone(),
        ["requests"] = _requests.DeepClone(),
        ["routeParams"] = _routeParams.DeepClone(),
        ["denied"] = _denied.DeepClone(),
        ["configs"] = _configs.DeepClone(),
        ["listStyle"] = ListStyle,
        ["now"] = Now,
        ["search"] = Search,
    }.ToJsonString();

    /// <summary>Answers one exec call (JSON with pod, container, command) the way the daemon pod would:
    /// stdout carries the HTTP response curl -i prints; channel 3 carries the exit status.</summary>
    public string AnswerExec(string callJson)
    {
        var call = JsonNode.Parse(callJson)!.AsObject();
        var reply = new JsonObject();
        if (ExecFrameBytes > 0) reply["frameBytes"] = ExecFrameBytes;
        string pod = call["pod"]?.GetValue<string>() ?? "";
        switch (_execByPod.TryGetValue(pod, out var behaviour) ? behaviour : Exec)
        {
            case ExecBehaviour.Forbidden:
                break;
            case ExecBehaviour.ConnectionRefused:
                reply["stderr"] = "curl: (7) Failed to connect to 127.0.0.1 port 15200 after 0 ms: Couldn't connect to server\n";
                reply["status"] = "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command terminated with non-zero exit code: error executing command [/bin/sh -c ...], exit code 7\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"7\"}]}}";
                break;
            default:
                string command = string.Join(" ", call["command"]!.AsArray().Select(a => a!.GetValue<string>()));
                string path = AdminPathIn(command);
                var (status, body) = _adminByPod.TryGetValue(pod + " " + path, out var own) ? own
                    : _admin.TryGetValue(path, out var answer) ? answer : (404, "404 page not found\n");
                reply["stdout"] = HttpText(status, body);
                reply["status"] = "{\"metadata\":{},\"status\":\"Success\"}";
                break;
        }
        return reply.ToJsonString();
    }

    /// <summary>The admin path (e.g. "/version"); for the metrics port, ":15020" + the path (answer it with
    /// <c>Admin(":15020/status/metric", …)</c>).</summary>
    private static string AdminPathIn(string command)
    {
        const string host = "127.0.0.1:15200";
        const string metrics = "127.0.0.1:15020";
        int at = command.IndexOf(host, StringComparison.Ordinal);
        int metricsAt = command.IndexOf(metrics, StringComparison.Ordinal);
        if (at < 0 && metricsAt < 0) throw new InvalidOperationException("exec command does not reach the admin server: " + command);
        string prefix = at < 0 ? ":15020" : "";
        int start = at < 0 ? metricsAt + metrics.Length : at + host.Length;
        int end = start;
        while (end < command.Length && command[end] != '\'' && command[end] != ' ' && command[end] != '"') end++;
        return prefix + command.Substring(start, end - start);
    }

    private static string HttpText(int status, string body) =>
        $"HTTP/1.1 {status} {ReasonPhrase(status)}\r\nContent-Type: text/plain; charset=utf-8\r\nDate: Wed, 10 Dec 2025 09:00:00 GMT\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kmesh", name));
}

public enum ExecBehaviour
{
    /// <summary>The command runs and prints the admin server's HTTP response.</summary>
    Answer,
    /// <summary>The WebSocket upgrade is refused (no pods/exec permission): the stream closes without output.</summary>
    Forbidden,
    /// <summary>The command runs but nothing listens on 127.0.0.1:15200.</summary>
    ConnectionRefused,
}
