using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Kmesh.Model.Text;

namespace Kmesh.Model.Sources.Metrics;

/// <summary>Reads the Prometheus text format (version 0.0.4) line by line with a hand-written scanner.</summary>
public sealed class PrometheusReader
{
    public const int MaxLength = 64 * 1024 * 1024;

    private sealed class FamilyBuilder
    {
        public FamilyBuilder(string name) => Name = name;
        public string Name { get; }
        public string Help { get; set; } = "";
        public string Type { get; set; } = "untyped";
        public List<MetricSample> Samples { get; } = new List<MetricSample>();
    }

    private readonly string text;
    private readonly List<FamilyBuilder> families = new List<FamilyBuilder>();
    private readonly Dictionary<string, FamilyBuilder> byName = new Dictionary<string, FamilyBuilder>();
    private int lineStart;
    private int pos;
    private int lineEnd;

    private PrometheusReader(string text) => this.text = text;

    public static Parsed<MetricsText> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Parsed<MetricsText>.Failure(new ParseError(ParseErrorKind.Empty, Say.T("the body is empty"), 1, 1, 0, ""));
        }
        if (text.Length > MaxLength)
        {
            return Parsed<MetricsText>.Failure(new ParseError(ParseErrorKind.TooLarge,
                Say.T("the body has {{length}} characters, more than the limit of {{maxLength}}", "length", text.Length, "maxLength", MaxLength), 1, 1, 0, ""));
        }
        var reader = new PrometheusReader(text);
        try
        {
            return Parsed<MetricsText>.Success(reader.ReadAll());
        }
        catch (ParseErrorException e)
        {
            return Parsed<MetricsText>.Failure(e.Error);
        }
    }

    private MetricsText ReadAll()
    {
        int start = 0;
        if (text.Length > 0 && text[0] == '<') throw Fail(0, ParseErrorKind.NotJson, Say.T("expected Prometheus text but found an HTML or XML page"));
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            lineStart = start;
            lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            pos = start;
            ReadLine();
            start = end + 1;
        }
        var result = new List<MetricFamily>();
        foreach (FamilyBuilder family in families)
        {
            result.Add(new MetricFamily(family.Name, family.Help, family.Type, family.Samples));
        }
        return new MetricsText(result);
    }

    private ParseErrorException Fail(int at, ParseErrorKind kind, string message)
        => new ParseErrorException(ParseError.At(text, at, kind, message, ""));

    private void SkipBlanks()
    {
        while (pos < lineEnd && (text[pos] == ' ' || text[pos] == '\t')) pos++;
    }

    private void ReadLine()
    {
        SkipBlanks();
        if (pos >= lineEnd) return;
        if (text[pos] == '#')
        {
            ReadComment();
            return;
        }
        ReadSample();
    }

    private void ReadComment()
    {
        pos++;
        SkipBlanks();
        string keyword = ReadWord();
        if (keyword != "HELP" && keyword != "TYPE") return;
        SkipBlanks();
        int nameAt = pos;
        string name = ReadMetricName();
        if (name.Length == 0) throw Fail(nameAt, ParseErrorKind.InvalidLine, Say.T("expected a metric name after # {{keyword}}", "keyword", keyword));
        FamilyBuilder family = FamilyNamed(name);
        if (pos < lineEnd && text[pos] != ' ' && text[pos] != '\t')
        {
            throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("unexpected character '{{value}}' in a metric name", "value", text.Substring(pos, 1)));
        }
        if (pos < lineEnd) pos++;
        if (keyword == "HELP")
        {
            family.Help = Unescape(text.Substring(pos, lineEnd - pos), false);
            return;
        }
        SkipBlanks();
        string type = text.Substring(pos, lineEnd - pos).Trim();
        if (type != "counter" && type != "gauge" && type != "histogram" && type != "summary" && type != "untyped")
        {
            throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("unknown metric type \"{{type}}\"", "type", type));
        }
        family.Type = type;
    }

    private string ReadWord()
    {
        int start = pos;
        while (pos < lineEnd && text[pos] != ' ' && text[pos] != '\t') pos++;
        return text.Substring(start, pos - start);
    }

    private static bool IsNameChar(int c, bool first)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (!first && c >= '0' && c <= '9');

    private string ReadMetricName()
    {
        int start = pos;
        while (pos < lineEnd && IsNameChar(text[pos], pos == start)) pos++;
        return text.Substring(start, pos - start);
    }

    private FamilyBuilder FamilyNamed(string name)
    {
        if (byName.TryGetValue(name, out FamilyBuilder? existing)) return existing;
        var created = new FamilyBuilder(name);
        byName[name] = created;
        families.Add(created);
        return created;
    }

    private FamilyBuilder FamilyForSample(string sampleName)
    {
        if (byName.TryGetValue(sampleName, out FamilyBuilder? exact)) return exact;
        string[] suffixes = { "_bucket", "_sum", "_count" };
        foreach (string suffix in suffixes)
        {
            if (sampleName.Length > suffix.Length && sampleName.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                string stem = sampleName.Substring(0, sampleName.Length - suffix.Length);
                if (byName.TryGetValue(stem, out FamilyBuilder? family) && (family.Type == "histogram" || family.Type == "summary"))
                {
                    return family;
                }
            }
        }
        return FamilyNamed(sampleName);
    }

    private void ReadSample()
    {
        int nameAt = pos;
        string name = ReadMetricName();
        if (name.Length == 0) throw Fail(nameAt, ParseErrorKind.InvalidLine, Say.T("expected a metric name but found '{{value}}'", "value", text.Substring(pos, 1)));
        var labels = new List<MetricLabel>();
        if (pos < lineEnd && text[pos] == '{') ReadLabels(labels);
        if (pos >= lineEnd) throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("sample {{name}} has no value", "name", name));
        if (text[pos] != ' ' && text[pos] != '\t') throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("unexpected character '{{value}}' after {{name}}", "value", text.Substring(pos, 1), "name", name));
        SkipBlanks();
        int valueAt = pos;
        string valueText = ReadWord();
        double? value = ParseValue(valueText);
        if (value is null) throw Fail(valueAt, ParseErrorKind.InvalidNumber, Say.T("\"{{valueText}}\" is not a sample value", "valueText", valueText));
        SkipBlanks();
        if (pos < lineEnd)
        {
            int timestampAt = pos;
            string timestamp = ReadWord();
            if (ParseValue(timestamp) is null) throw Fail(timestampAt, ParseErrorKind.InvalidNumber, Say.T("\"{{timestamp}}\" is not a timestamp", "timestamp", timestamp));
            SkipBlanks();
            if (pos < lineEnd) throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("unexpected text after the timestamp"));
        }
        FamilyForSample(name).Samples.Add(new MetricSample(name, labels, value.Value, valueText));
    }

    private void ReadLabels(List<MetricLabel> labels)
    {
        pos++;
        while (true)
        {
            SkipBlanks();
            if (pos >= lineEnd) throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("the line ends inside the labels"));
            if (text[pos] == '}')
            {
                pos++;
                return;
            }
            int nameAt = pos;
            while (pos < lineEnd && IsNameChar(text[pos], pos == nameAt)) pos++;
            if (pos == nameAt) throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("expected a label name but found '{{value}}'", "value", text.Substring(pos, 1)));
            string labelName = text.Substring(nameAt, pos - nameAt);
            SkipBlanks();
            if (pos >= lineEnd || text[pos] != '=') throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("expected '=' after label {{labelName}}", "labelName", labelName));
            pos++;
            SkipBlanks();
            if (pos >= lineEnd || text[pos] != '"') throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("expected a quoted value for label {{labelName}}", "labelName", labelName));
            pos++;
            int valueStart = pos;
            bool escaped = false;
            while (pos < lineEnd && text[pos] != '"')
            {
                if (text[pos] == '\\')
                {
                    escaped = true;
                    pos++;
                }
                pos++;
            }
            if (pos >= lineEnd) throw Fail(valueStart - 1, ParseErrorKind.InvalidLine, Say.T("the value of label {{labelName}} is not closed", "labelName", labelName));
            string raw = text.Substring(valueStart, pos - valueStart);
            labels.Add(new MetricLabel(labelName, escaped ? Unescape(raw, true) : raw));
            pos++;
            SkipBlanks();
            if (pos < lineEnd && text[pos] == ',') pos++;
            else if (pos < lineEnd && text[pos] != '}') throw Fail(pos, ParseErrorKind.InvalidLine, Say.T("expected ',' or '}' after label {{labelName}}", "labelName", labelName));
        }
    }

    /// <summary>Label values escape \\, \" and \n; HELP text escapes \\ and \n. Other sequences stay as written.</summary>
    private static string Unescape(string raw, bool quotes)
    {
        if (raw.IndexOf('\\') < 0) return raw;
        var sb = new StringBuilder();
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                sb.Append(c);
                continue;
            }
            char next = raw[i + 1];
            if (next == 'n') sb.Append('\n');
            else if (next == '\\') sb.Append('\\');
            else if (next == '"' && quotes) sb.Append('"');
            else
            {
                sb.Append(c);
                sb.Append(next);
            }
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Go's <c>%g</c> floats and the special values; null when the text is not a number.</summary>
    public static double? ParseValue(string s)
    {
        if (s == "+Inf" || s == "Inf") return double.PositiveInfinity;
        if (s == "-Inf") return double.NegativeInfinity;
        if (s == "NaN") return double.NaN;
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        int mantissaDigits = 0;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            i++;
            mantissaDigits++;
        }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) return null;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int exponentDigits = 0;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) return null;
        }
        if (i != s.Length) return null;
        return double.Parse(s, CultureInfo.InvariantCulture);
    }
}
