using System.Collections.Generic;
using System.Globalization;
using Kmesh.Model.Text;

namespace Kmesh.Model.Sources.AccessLogs;

public sealed record AccessLogField(string Key, string Value);

/// <summary>One <c>accesslog:</c> line of the kmesh container. Text values are as written ("-" = unknown);
/// <see cref="Fields"/> keeps every key=value pair, including ones this record does not name.</summary>
public sealed record AccessLogEntry(
    int Line,
    string Time,
    string SourceAddress,
    string SourceWorkload,
    string SourceNamespace,
    string DestinationAddress,
    string DestinationService,
    string DestinationWorkload,
    string DestinationNamespace,
    string StartTime,
    string Direction,
    string State,
    double SentBytes,
    double ReceivedBytes,
    double PacketLoss,
    double Retransmissions,
    string Srtt,
    string MinRtt,
    string Duration,
    IReadOnlyList<AccessLogField> Fields)
{
    public string Field(string key)
    {
        foreach (AccessLogField field in Fields)
        {
            if (field.Key == key) return field.Value;
        }
        return "";
    }
}

/// <summary>Entries found in a log text plus one error per malformed <c>accesslog:</c> line; other log lines are
/// not access logs and are skipped.</summary>
public sealed record AccessLog(IReadOnlyList<AccessLogEntry> Entries, IReadOnlyList<ParseError> Errors);

public static class AccessLogReader
{
    private const string Marker = "accesslog:";

    public static AccessLog Read(string? logText)
    {
        var entries = new List<AccessLogEntry>();
        var errors = new List<ParseError>();
        if (logText is null) return new AccessLog(entries, errors);
        int start = 0;
        int lineNumber = 1;
        while (start < logText.Length)
        {
            int newline = logText.IndexOf('\n', start);
            int end = newline < 0 ? logText.Length : newline;
            string line = logText.Substring(start, end - start);
            if (line.EndsWith("\r", System.StringComparison.Ordinal)) line = line.Substring(0, line.Length - 1);
            int marker = MarkerAt(line);
            if (marker >= 0)
            {
                (AccessLogEntry? entry, ParseError? error) = ReadEntry(line, marker + Marker.Length, lineNumber, start);
                if (entry is not null) entries.Add(entry);
                if (error is not null) errors.Add(error);
            }
            start = end + 1;
            lineNumber++;
        }
        return new AccessLog(entries, errors);
    }

    /// <summary>The marker at the line start, or after one leading token (<c>kubectl logs --timestamps</c>).</summary>
    private static int MarkerAt(string line)
    {
        if (line.StartsWith(Marker, System.StringComparison.Ordinal)) return 0;
        int space = line.IndexOf(' ');
        if (space > 0 && line.Substring(space + 1).StartsWith(Marker, System.StringComparison.Ordinal)) return space + 1;
        return -1;
    }

    private static (AccessLogEntry?, ParseError?) ReadEntry(string line, int bodyStart, int lineNumber, int lineOffset)
    {
        string body = line.Substring(bodyStart);
        int firstEquals = body.IndexOf('=');
        if (firstEquals < 0) return (null, Error(lineNumber, lineOffset, bodyStart + 1, Say.T("the access log line has no key=value fields")));
        int keyStart = body.LastIndexOf(' ', firstEquals) + 1;
        string time = body.Substring(0, keyStart).Trim();
        var fields = new List<AccessLogField>();
        int at = keyStart;
        while (at < body.Length)
        {
            int separator = body.IndexOf(", ", at, System.StringComparison.Ordinal);
            int end = separator < 0 ? body.Length : separator;
            string pair = body.Substring(at, end - at);
            int equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                return (null, Error(lineNumber, lineOffset, bodyStart + at + 1, Say.T("\"{{pair}}\" is not a key=value field", "pair", pair)));
            }
            fields.Add(new AccessLogField(pair.Substring(0, equals), pair.Substring(equals + 1)));
            at = separator < 0 ? body.Length : separator + 2;
        }
        string Get(string key)
        {
            foreach (AccessLogField field in fields)
            {
                if (field.Key == key) return field.Value;
            }
            return "";
        }
        string? badNumber = null;
        double NumberField(string key)
        {
            string value = Get(key);
            if (value.Length == 0) return 0;
            double? parsed = Metrics.PrometheusReader.ParseValue(value);
            if (parsed is null || double.IsNaN(parsed.Value) || double.IsInfinity(parsed.Value))
            {
                badNumber ??= Say.T("{{key}}=\"{{value}}\" is not a number", "key", key, "value", value);
                return 0;
            }
            return parsed.Value;
        }
        var entry = new AccessLogEntry(
            lineNumber,
            time,
            Get("src.addr"),
            Get("src.workload"),
            Get("src.namespace"),
            Get("dst.addr"),
            Get("dst.service"),
            Get("dst.workload"),
            Get("dst.namespace"),
            Get("start_time"),
            Get("direction"),
            Get("state"),
            NumberField("sent_bytes"),
            NumberField("received_bytes"),
            NumberField("packet_loss"),
            NumberField("retransmissions"),
            Get("srtt"),
            Get("min_rtt"),
            Get("duration"),
            fields);
        if (badNumber is not null) return (null, Error(lineNumber, lineOffset, bodyStart + 1, badNumber));
        return (entry, null);
    }

    private static ParseError Error(int line, int lineOffset, int column, string message)
        => new ParseError(ParseErrorKind.InvalidLine, message, line, column, lineOffset + column - 1, "");
}
