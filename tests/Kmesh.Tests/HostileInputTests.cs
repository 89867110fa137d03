using System;
using System.Collections.Generic;
using System.Text;
using Kmesh.Model;
using Kmesh.Model.Json;
using Kmesh.Model.Sources.AccessLogs;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.Metrics;
using Xunit;

namespace Kmesh.Tests;

/// <summary>Hostile and odd inputs. Each case names the reader, the input and what must come out: either
/// <c>error Kind line:column path</c> (the typed error and where), or <c>ok</c> plus text the canonical rendering
/// must contain (the tolerant result).</summary>
public class HostileInputTests
{
    private static string Deep(string open, int levels)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < levels; i++) sb.Append(open);
        return sb.ToString();
    }

    private static string Repeat(string part, int times) => Deep(part, times);

    /// <summary>Valid JSON: arrays nested <paramref name="levels"/> deep.</summary>
    private static string Nested(int levels) => Deep("[", levels) + Deep("]", levels);

    private static readonly string ConfigHead = "{\n    \"workloads\": [\n        {\n";

    public static readonly (string Id, string Kind, string Input, string Expect)[] Cases =
    {
        ("empty body", "version", "", "error Empty 1:1 $"),
        ("whitespace only", "version", " \n\t ", "error Empty 2:3 $"),
        ("truncated inside a string", "config-dump", ConfigHead + "            \"uid\": \"Kubernetes//Pod/def", "error UnexpectedEnd 4:40 $.workloads[0].uid"),
        ("truncated after a colon", "config-dump", ConfigHead + "            \"name\":", "error UnexpectedEnd 4:20 $.workloads[0].name"),
        ("truncated after an array item", "bpf-dump", "{\"backends\":[{\"ip\":\"10.0.0.1\"},", "error UnexpectedEnd 1:32 $.backends[1]"),
        ("missing comma between members", "version", "{\"gitVersion\": \"v1\" \"gitCommit\": \"x\"}", "error UnexpectedCharacter 1:21 $.gitVersion"),
        ("trailing comma in an object", "version", "{\"gitVersion\": \"v1\",}", "error UnexpectedCharacter 1:21 $.gitVersion"),
        ("single-quoted names", "version", "{'gitVersion': 'v1'}", "error UnexpectedCharacter 1:2 $"),
        ("unquoted member name", "logger", "{name: \"bpf\"}", "error UnexpectedCharacter 1:2 $"),
        ("invalid escape", "logger", "{\"name\": \"b\\x\"}", "error InvalidString 1:12 $.name"),
        ("invalid unicode escape", "logger", "{\"name\": \"\\u12G4\"}", "error InvalidString 1:15 $.name"),
        ("raw newline inside a string", "logger", "{\"name\": \"bp\nf\"}", "error InvalidString 1:13 $.name"),
        ("leading zero", "bpf-dump", "{\"backends\":[{\"serviceCount\":01}]}", "error UnexpectedCharacter 1:31 $.backends[0].serviceCount"),
        ("decimal point without digits", "bpf-dump", "{\"backends\":[{\"serviceCount\":1.}]}", "error InvalidNumber 1:32 $.backends[0].serviceCount"),
        ("lone minus", "loggers", "[-", "error UnexpectedEnd 1:3 $[0]"),
        ("exponent without digits", "bpf-dump", "{\"backends\":[{\"serviceCount\":1e}]}", "error InvalidNumber 1:32 $.backends[0].serviceCount"),
        ("two documents", "logger", "{} {}", "error TrailingContent 1:4 $"),
        ("HTML error page", "config-dump", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "error NotJson 1:1 $"),
        ("Invalid Client Mode body parsed as JSON", "config-dump", "\tInvalid Client Mode\n", "error NotJson 1:2 $"),
        ("capitalised literal", "authz", "{\"enabled\": True}", "error UnexpectedCharacter 1:13 $.enabled"),
        ("truncated literal", "authz", "{\"enabled\": tru", "error UnexpectedEnd 1:16 $.enabled"),
        ("10,000 nested arrays", "loggers", Deep("[", 10000), "error TooDeep 1:257 $" + Repeat("[0]", 256)),
        ("10,000 nested objects", "config-dump", Deep("{\"a\":", 10000), "error TooDeep 1:1281 $" + Repeat(".a", 256)),
        // The platforms parse any nesting (V8's parser has no limit, so System.Text.Json is given none): a value deeper than
        // JsonLimits.MaxDepth is read like any other, in both legs, whether a reader asks for it or not.
        ("300 levels in a member no reader asks for", "bpf-dump", "{\"future\":" + Nested(300) + ",\"endpoints\":[{\"backendUid\":\"u\"}]}", "ok backendUid: \"u\""),
        ("300 levels inside an entry, unread", "config-dump", "{\"workloads\":[{\"extra\":{\"a\":" + Nested(300) + "},\"name\":\"w\"}]}", "ok name: \"w\""),
        ("300 levels where a reader expects an object", "bpf-dump", "{\"services\":[" + Nested(300) + "]}", "error WrongType 1:14 $.services[0]"),
        ("300 levels where a reader expects a string", "config-dump", "{\"workloads\":[{\"name\":" + Nested(300) + "}]}", "error WrongType 1:23 $.workloads[0].name"),
        ("wrong type after 100,000 levels", "config-dump", "{\"workloads\":[{\"extra\":" + Nested(100000) + ",\"name\":7}]}", "error WrongType 1:200032 $.workloads[0].name"),
        ("100,001 levels, the last not closed", "config-dump", "{\"a\":" + Deep("[", 100000) + "[" + Deep("]", 100000) + "}", "error TooDeep 1:261 $.a" + Repeat("[0]", 255)),
        ("root is an array", "config-dump", "[]", "error WrongType 1:1 $"),
        ("workloads is a string", "config-dump", "{\"workloads\": \"none\"}", "error WrongType 1:15 $.workloads"),
        ("workload name is a number", "config-dump", ConfigHead + "            \"name\": 42\n        }\n    ]\n}", "error WrongType 4:21 $.workloads[0].name"),
        ("service port as a string", "config-dump", "{\"services\":[{\"ports\":[{\"service_port\":\"9080\"}]}]}", "error WrongType 1:40 $.services[0].ports[0].service_port"),
        ("port beyond 2^53", "config-dump", "{\"services\":[{\"ports\":[{\"service_port\":9007199254740993}]}]}", "error OutOfRange 1:40 $.services[0].ports[0].service_port"),
        ("port 1e400", "bpf-dump", "{\"services\":[{\"waypointPort\":1e400}]}", "error OutOfRange 1:30 $.services[0].waypointPort"),
        ("second service's port 1e400", "bpf-dump", "{\"services\":[{\"waypointPort\":1},{\"waypointPort\":1e400}]}", "error OutOfRange 1:49 $.services[1].waypointPort"),
        ("third workload's name is a number", "config-dump", "{\"workloads\":[{\"name\":\"a\"},null,{\"name\":7}]}", "error WrongType 1:41 $.workloads[2].name"),
        ("non-integer in comma-joined counts", "bpf-dump", "{\"services\":[{\"endpointCount\":\"2, x, 0\"}]}", "error InvalidValue 1:31 $.services[0].endpointCount"),
        ("trailing comma in comma-joined counts", "bpf-dump", "{\"services\":[{\"endpointCount\":\"1, 0,\"}]}", "error InvalidValue 1:31 $.services[0].endpointCount"),
        ("space inside a comma-joined count", "bpf-dump", "{\"services\":[{\"endpointCount\":\"1 2, 0\"}]}", "error InvalidValue 1:31 $.services[0].endpointCount"),
        ("ten-digit comma-joined count", "bpf-dump", "{\"services\":[{\"endpointCount\":\"0, 1234567890\"}]}", "error InvalidValue 1:31 $.services[0].endpointCount"),
        ("comma-joined counts with odd white space", "bpf-dump", "{\"services\":[{\"endpointCount\":\"\\t3 ,\\u00a00,\\n007 \"}]}", "ok endpointCounts: [3, 0, 7]"),
        ("policy id is a number", "bpf-dump", "{\"workloadPolicies\":[{\"policyIds\":[\"a\",7]}]}", "error WrongType 1:40 $.workloadPolicies[0].policyIds[1]"),
        ("negative ipv4", "kernel-native", "{\"dynamicResources\":{\"clusterConfigs\":[{\"loadAssignment\":{\"endpoints\":[{\"lbEndpoints\":[{\"address\":{\"ipv4\":-1}}]}]}}]}}",
            "error OutOfRange 1:107 $.dynamicResources.clusterConfigs[0].loadAssignment.endpoints[0].lbEndpoints[0].address.ipv4"),
        ("ipv4 beyond 32 bits", "kernel-native", "{\"dynamicResources\":{\"listenerConfigs\":[{\"address\":{\"ipv4\":4294967296}}]}}",
            "error OutOfRange 1:60 $.dynamicResources.listenerConfigs[0].address.ipv4"),
        ("port beyond 16 bits", "kernel-native", "{\"dynamicResources\":{\"listenerConfigs\":[{\"address\":{\"port\":70000}}]}}",
            "error OutOfRange 1:60 $.dynamicResources.listenerConfigs[0].address.port"),
        ("enum as a boolean", "kernel-native", "{\"dynamicResources\":{\"clusterConfigs\":[{\"lbPolicy\":true}]}}",
            "error WrongType 1:52 $.dynamicResources.clusterConfigs[0].lbPolicy"),
        ("policy address not base64", "config-dump", "{\"policies\":[{\"rules\":[{\"clauses\":[{\"matches\":[{\"source_ips\":[{\"address\":\"!!!\",\"length\":8}]}]}]}]}]}",
            "error InvalidValue 1:74 $.policies[0].rules[0].clauses[0].matches[0].source_ips[0].address"),
        ("policy prefix longer than the address", "config-dump", "{\"policies\":[{\"rules\":[{\"clauses\":[{\"matches\":[{\"source_ips\":[{\"address\":\"CvQAAA==\",\"length\":40}]}]}]}]}]}",
            "error OutOfRange 1:94 $.policies[0].rules[0].clauses[0].matches[0].source_ips[0].length"),
        ("logger list is an object", "loggers", "{\"default\": \"info\"}", "error WrongType 1:1 $"),
        ("nulls everywhere", "config-dump",
            "{\"workloads\":[{\"uid\":null,\"addresses\":null,\"locality\":null,\"applicationTunnel\":null,\"services\":null,\"waypoint\":null,\"name\":\"w\"},null],"
            + "\"services\":[{\"vips\":null,\"ports\":[null],\"loadBalancer\":null,\"waypoint\":null,\"name\":\"s\"}],\"policies\":null}",
            "ok name: \"w\"\n  namespace: \"\""),
        ("all top-level lists null", "config-dump", "{\"workloads\":null,\"services\":null,\"policies\":null}", "ok workloads: []\nservices: []\npolicies: []\n"),
        ("capitalised v1.0.0 keys", "config-dump", "{\"Workloads\":[{\"Name\":\"productpage\",\"Namespace\":\"default\"}],\"Services\":[],\"Policies\":[]}",
            "ok name: \"productpage\"\n  namespace: \"default\""),
        ("exact name before another case", "config-dump", "{\"workloads\":[{\"NAME\":\"upper\",\"name\":\"lower\",\"Namespace\":\"a\",\"nameSpace\":\"b\"}]}",
            "ok name: \"lower\"\n  namespace: \"b\""),
        ("string member of an entry is an object", "bpf-dump", "{\"endpoints\":[{\"backendUid\":\"u\"},{\"backendUid\":{\"uid\":\"u\"}}]}", "error WrongType 1:48 $.endpoints[1].backendUid"),
        ("capitalised version keys", "version", "{\"GitVersion\":\"v1.0.0\",\"Platform\":\"linux/amd64\"}", "ok gitVersion: \"v1.0.0\""),
        ("unknown fields and 2^64 numbers ignored", "version", "{\"gitVersion\":\"v1.2.0\",\"future\":{\"n\":18446744073709551615,\"x\":[1,2,{}]}}", "ok gitVersion: \"v1.2.0\""),
        ("script and unicode in names", "config-dump", "{\"workloads\":[{\"name\":\"<script>alert(1)</script>\",\"namespace\":\"名前-\\ud83d\\ude00\"}]}",
            "ok name: \"<script>alert(1)</script>\"\n  namespace: \"名前-😀\""),
        ("duplicate keys: the last wins", "logger", "{\"name\":\"a\",\"level\":\"info\",\"name\":\"b\"}", "ok name: \"b\""),
        ("byte order mark", "logger", "\uFEFF{\"name\":\"bpf\",\"level\":\"warn\"}", "ok level: \"warn\""),
        ("empty mode means absent", "version", "{\"gitVersion\":\"1.1-dev\",\"mode\":\"\"}", "ok mode: null"),
        ("waypoint as a plain string", "config-dump", "{\"workloads\":[{\"waypoint\":\"default/waypoint.default.svc.cluster.local\"}]}",
            "ok waypoint: \"default/waypoint.default.svc.cluster.local\""),
        ("ports as JSON arrays", "bpf-dump", "{\"services\":[{\"servicePort\":[80,443],\"endpointCount\":\"\"}]}", "ok servicePorts: [80, 443]"),
        ("bpf hot fields in another case", "bpf-dump", "{\"backends\":[{\"IP\":\"10.0.0.1\",\"ServiceCount\":2,\"Services\":[\"a/b\"],\"WaypointAddr\":\"10.0.0.9\",\"waypointport\":15008}]}",
            "ok ip: \"10.0.0.1\"\n  serviceCount: 2\n  services: [\"a/b\"]\n  waypointAddr: \"10.0.0.9\"\n  waypointPort: 15008"),
        ("bpf another case holding null", "bpf-dump", "{\"backends\":[{\"ip\":\"a\",\"WaypointPort\":null,\"waypointAddr\":null,\"waypointport\":7}],\"services\":[{\"EndpointCount\":\"1, 2\",\"LbPolicy\":3,\"waypointPort\":-0}]}",
            "ok waypointAddr: null\n  waypointPort: 7\nendpoints: []\nfrontends: []\nservices[0]:\n  endpointCounts: [1, 2]\n  totalEndpoints: 3\n  lbPolicy: \"3\"\n  servicePorts: []\n  targetPorts: []\n  waypointAddr: null\n  waypointPort: 0"),
        ("bpf policy ids with empty slots first", "bpf-dump", "{\"workloadPolicies\":[{\"policyIds\":[\"\",\"a\",\"\",\"b\"]},{\"policyIds\":[\"c\"]},null,{\"PolicyIds\":[\"d\",null]}]}", "ok policyIds: [\"a\", \"b\"]\nworkloadPolicies[1]:\n  policyIds: [\"c\"]\nworkloadPolicies[2]:\n  policyIds: [\"d\"]"),
        ("bpf port beyond 32 bits", "bpf-dump", "{\"backends\":[{\"waypointPort\":2147483648}]}", "error OutOfRange 1:30 $.backends[0].waypointPort"),
        ("bpf port not an integer", "bpf-dump", "{\"services\":[{\"lbPolicy\":\"RANDOM\",\"waypointPort\":80.5}]}", "error OutOfRange 1:50 $.services[0].waypointPort"),
        ("bpf port a string", "bpf-dump", "{\"backends\":[{\"ip\":\"a\"},{\"waypointPort\":\"80\"}]}", "error WrongType 1:41 $.backends[1].waypointPort"),
        ("config hot fields in another case", "config-dump", "{\"workloads\":[{\"TrustDomain\":\"td\",\"Locality\":{\"Subzone\":\"z\",\"region\":\"r\"},"
            + "\"ApplicationTunnel\":{\"Port\":15008,\"Protocol\":\"PROXY\"},\"Waypoint\":{\"Destination\":\"/10.0.0.1\"},\"Network\":null,\"network\":\"n\"}]}",
            "ok waypoint: \"/10.0.0.1\"\n  protocol: \"\"\n  name: \"\"\n  namespace: \"\"\n  serviceAccount: \"\"\n  workloadName: \"\"\n  workloadType: \"\"\n  canonicalName: \"\"\n  canonicalRevision: \"\"\n  clusterId: \"\"\n  trustDomain: \"td\"\n  locality: \"r//z\"\n  node: \"\"\n  network: \"n\"\n  status: \"\"\n  healthy: false\n  tunnelProtocol: \"PROXY\"\n  tunnelPort: 15008"),
        ("config string member is an array", "config-dump", "{\"workloads\":[{\"name\":\"w\",\"network\":[\"a\"]}]}", "error WrongType 1:37 $.workloads[0].network"),
        ("config locality is a string", "config-dump", "{\"workloads\":[{\"name\":\"w\"},{\"locality\":\"eu\"}]}", "error WrongType 1:40 $.workloads[1].locality"),
        ("config address list with a number", "config-dump", "{\"workloads\":[{\"addresses\":[\"10.0.0.1\",7]}]}", "error WrongType 1:40 $.workloads[0].addresses[1]"),
        ("config tunnel port beyond 32 bits", "config-dump", "{\"workloads\":[{\"applicationTunnel\":{\"protocol\":\"PROXY\",\"port\":1e10}}]}", "error OutOfRange 1:63 $.workloads[0].applicationTunnel.port"),
        ("protojson 64-bit strings", "kernel-native", "{\"dynamicResources\":{\"clusterConfigs\":[{\"circuitBreakers\":{\"maxConnections\":\"4294967295\"}}]}}",
            "ok maxConnections: 4294967295"),
        ("metrics: label value not closed", "metrics", "# TYPE x gauge\nx{a=\"b} 1\n", "error InvalidLine 2:5 "),
        ("metrics: value not a number", "metrics", "x{a=\"b\"} abc\n", "error InvalidNumber 1:10 "),
        ("metrics: HTML page", "metrics", "<!DOCTYPE html><html></html>", "error NotJson 1:1 "),
        ("metrics: unknown TYPE", "metrics", "# TYPE x gauges\n", "error InvalidLine 1:10 "),
        ("metrics: escapes, NaN, -Inf and timestamps", "metrics", "a{p=\"C:\\\\dir\\\"x\\\"\\nnext\"} NaN 1700000000000\nb -Inf\n",
"ok value: NaN\n    text: \"NaN\""),
        ("http: truncated body", "http", "HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\n{\"work", "error UnexpectedEnd 4:7 "),
        ("http: 100 Continue first", "http", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK", "ok status: 200"),
        ("http: chunked", "http", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n", "ok body: \"{\\\"a\\\":1}\""),
        ("http: bare newlines", "http", "HTTP/1.0 400 Bad Request\nContent-Type: text/plain\n\n\tInvalid Client Mode\n", "ok body: \"\\tInvalid Client Mode\\n\""),
        ("http: curl error instead of a response", "http", "curl: (7) Failed to connect to 127.0.0.1 port 15200: Connection refused\n", "error InvalidLine 1:1 "),
        ("http: bad size of a later chunk", "http", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\n", "error InvalidValue 6:1 "),
        ("http: curl already removed the chunking", "http", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{\"a\":1}", "ok body: \"{\\\"a\\\":1}\""),
    };

    public static IEnumerable<object[]> CaseIds()
    {
        for (int i = 0; i < Cases.Length; i++) yield return new object[] { Cases[i].Id };
    }

    [Fact]
    public void The_corpus_has_at_least_forty_cases()
    {
        Assert.True(Cases.Length >= 40, $"{Cases.Length} cases");
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Hostile_input_gives_the_typed_error_or_the_tolerant_value(string id)
    {
        (string _, string kind, string input, string expect) = Array.Find(Cases, c => c.Id == id);
        (ParseError? error, string canonical) = SourceRunner.Run(kind, input);
        if (expect.StartsWith("ok ", StringComparison.Ordinal))
        {
            Assert.True(error is null, error?.ToString());
            Assert.Contains(expect.Substring(3), canonical);
            return;
        }
        Assert.NotNull(error);
        string actual = $"error {error!.Kind} {error.Line}:{error.Column} {error.Path}";
        Assert.Equal(expect, actual);
        Assert.Equal(error.Offset, OffsetOf(input, error.Line, error.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    private static int OffsetOf(string text, int line, int column)
    {
        int offset = 0;
        for (int l = 1; l < line; l++) offset = text.IndexOf('\n', offset) + 1;
        return offset + column - 1;
    }

    [Fact]
    public void Metric_label_escapes_and_special_values_are_decoded()
    {
        MetricsText metrics = PrometheusReader.Read("# HELP a Help with \\\\ and \\n.\na{p=\"C:\\\\dir\\\"x\\\"\\nnext\"} NaN 1700000000000\nb -Inf\nc 1.391027e+06\n").Value!;
        Assert.Equal("Help with \\ and \n.", metrics.Families[0].Help);
        Assert.Equal("C:\\dir\"x\"\nnext", metrics.Families[0].Samples[0].Label("p"));
        Assert.True(double.IsNaN(metrics.Families[0].Samples[0].Value));
        Assert.Equal(double.NegativeInfinity, metrics.Family("b")!.Samples[0].Value);
        Assert.Equal(1391027, metrics.Family("c")!.Samples[0].Value);
    }

    [Fact]
    public void Numbers_beyond_2_pow_53_keep_their_text()
    {
        // A double cannot hold these, so messages quote the text as written (ShapeReader.Raw), found again in the text.
        string text = "{\"big\": 18446744073709551615, \"safe\": 9007199254740993, \"small\": 12}";
        JsonValue root = JsonParser.Parse(text).Value!.Root;
        var reader = new ShapeReader(text);
        Assert.Equal("18446744073709551615", reader.Raw(JsonPath.Root.Field("big")));
        Assert.False(root.Get("big")!.IsSafeInteger);
        Assert.Equal("9007199254740993", reader.Raw(JsonPath.Root.Field("safe")));
        Assert.Equal("12", root.Get("small")!.NumberText);
        Assert.True(root.Get("small")!.IsSafeInteger);
    }

    [Fact]
    public void The_length_limit_is_a_typed_error()
    {
        Parsed<ConfigDump> parsed = ConfigDumpReader.Read("{\"workloads\": []}" + new string(' ', 200), new JsonLimits(100, 256));
        Assert.Equal(ParseErrorKind.TooLarge, parsed.Error!.Kind);
        Assert.Contains("217 characters", parsed.Error.Message);
    }

    [Fact]
    public void A_ten_megabyte_dump_parses()
    {
        string text = Generated.ConfigDump(10100);
        Assert.True(text.Length > 10 * 1024 * 1024, $"{text.Length} characters");
        Parsed<ConfigDump> parsed = ConfigDumpReader.Read(text);
        Assert.True(parsed.Ok, parsed.Error?.ToString());
        Assert.Equal(10100, parsed.Value!.Workloads.Count);
        Assert.Equal("workload-10099", parsed.Value.Workloads[10099].Name);
    }

    [Fact]
    public void A_malformed_access_log_line_is_reported_and_the_rest_kept()
    {
        string log = "time=\"x\" level=info msg=\"start\"\n"
            + "accesslog: garbage without fields\n"
            + "accesslog: 2025-12-03 10:02:48 +0000 UTC src.addr=10.0.0.1:1, sent_bytes=12x\n"
            + "accesslog: 2025-12-03 10:02:49 +0000 UTC src.addr=10.0.0.1:1, dst.addr=10.0.0.2:80, sent_bytes=12\n";
        AccessLog result = AccessLogReader.Read(log);
        Assert.Single(result.Entries);
        Assert.Equal(4, result.Entries[0].Line);
        Assert.Equal(12, result.Entries[0].SentBytes);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal((2, ParseErrorKind.InvalidLine), (result.Errors[0].Line, result.Errors[0].Kind));
        Assert.Contains("sent_bytes=\"12x\"", result.Errors[1].Message);
    }
}
