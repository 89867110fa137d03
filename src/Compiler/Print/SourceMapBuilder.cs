using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CSharpToJs.Js;

/// <summary>Collects statement-level mappings and writes a version 3 source map (VLQ "mappings").</summary>
public sealed class SourceMapBuilder
{
    private readonly List<(int GenLine, int GenColumn, SourceLocation Source)> _mappings = [];

    public void Add(int generatedLine, int generatedColumn, SourceLocation source) =>
        _mappings.Add((generatedLine, generatedColumn, source));

    /// <summary>Shifts every mapping down by <paramref name="lines"/> (text printed before the mapped code).</summary>
    public void ShiftLines(int lines)
    {
        for (var i = 0; i < _mappings.Count; i++)
            _mappings[i] = (_mappings[i].GenLine + lines, _mappings[i].GenColumn, _mappings[i].Source);
    }

    public string ToJson(string file, IReadOnlyDictionary<string, string> sourceTexts)
    {
        var sources = _mappings.Select(m => m.Source.Path).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
        var index = sources.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var sb = new StringBuilder();
        int line = 0, prevCol = 0, prevSource = 0, prevSrcLine = 0, prevSrcCol = 0;
        var firstInLine = true;
        foreach (var m in _mappings.OrderBy(m => m.GenLine).ThenBy(m => m.GenColumn))
        {
            while (line < m.GenLine) { sb.Append(';'); line++; prevCol = 0; firstInLine = true; }
            if (!firstInLine) sb.Append(',');
            firstInLine = false;
            var src = index[m.Source.Path];
            Vlq(sb, m.GenColumn - prevCol); prevCol = m.GenColumn;
            Vlq(sb, src - prevSource); prevSource = src;
            Vlq(sb, m.Source.Line - prevSrcLine); prevSrcLine = m.Source.Line;
            Vlq(sb, m.Source.Column - prevSrcCol); prevSrcCol = m.Source.Column;
        }
        var json = new StringBuilder();
        json.Append("{\"version\":3,\"file\":").Append(JsPrinter.Quote(file));
        json.Append(",\"sources\":[").Append(string.Join(",", sources.Select(JsPrinter.Quote))).Append(']');
        json.Append(",\"sourcesContent\":[")
            .Append(string.Join(",", sources.Select(s => sourceTexts.TryGetValue(s, out var t) ? JsPrinter.Quote(t) : "null")))
            .Append(']');
        json.Append(",\"names\":[],\"mappings\":\"").Append(sb).Append("\"}");
        return json.ToString();
    }

    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static void Vlq(StringBuilder sb, int value)
    {
        var v = value < 0 ? ((-value) << 1) | 1 : value << 1;
        do
        {
            var digit = v & 31;
            v >>= 5;
            if (v > 0) digit |= 32;
            sb.Append(Base64[digit]);
        } while (v > 0);
    }
}
