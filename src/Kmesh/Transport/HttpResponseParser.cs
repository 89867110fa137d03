using System.Collections.Generic;
using System.Text;
using Kmesh.Model.Text;

namespace Kmesh.Model.Transport;

/// <summary>Parses the exec command's stdout: an HTTP/1.0 or 1.1 response (status line, headers, body), chunked or
/// not. curl -i may print interim <c>HTTP/1.1 100 Continue</c> blocks first; lines may end in \r\n or \n.</summary>
public static class HttpResponseParser
{
    public static Parsed<AdminResponse> Parse(string? output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return Parsed<AdminResponse>.Failure(new ParseError(ParseErrorKind.Empty, Say.T("the command printed nothing"), 1, 1, 0, ""));
        }
        string text = output;
        int pos = 0;
        while (pos < text.Length && (text[pos] == '\r' || text[pos] == '\n')) pos++;
        while (true)
        {
            (int status, List<HttpHeader>? headers, int bodyStart, ParseError? error) = ReadHead(text, pos);
            if (error is not null) return Parsed<AdminResponse>.Failure(error);
            if (status >= 100 && status < 200)
            {
                pos = bodyStart;
                continue;
            }
            return ReadBody(text, status, headers!, bodyStart);
        }
    }

    private static ParseError Error(string text, int at, ParseErrorKind kind, string message)
        => ParseError.At(text, at, kind, message, "");

    private static (int End, int Next) LineAt(string text, int start)
    {
        int newline = text.IndexOf('\n', start);
        if (newline < 0) return (text.Length, text.Length);
        int end = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
        return (end, newline + 1);
    }

    private static (int, List<HttpHeader>?, int, ParseError?) ReadHead(string text, int start)
    {
        (int statusEnd, int next) = LineAt(text, start);
        string statusLine = text.Substring(start, statusEnd - start);
        if (!statusLine.StartsWith("HTTP/1.", System.StringComparison.Ordinal) || statusLine.Length < 12 || statusLine[8] != ' ')
        {
            string shown = statusLine.Length > 60 ? statusLine.Substring(0, 60) : statusLine;
            return (0, null, 0, Error(text, start, ParseErrorKind.InvalidLine, Say.T("expected an HTTP status line but found \"{{shown}}\"", "shown", shown)));
        }
        int status = 0;
        for (int i = 9; i < 12; i++)
        {
            int c = statusLine[i];
            if (c < '0' || c > '9') return (0, null, 0, Error(text, start + i, ParseErrorKind.InvalidLine, Say.T("the status code is not three digits")));
            status = status * 10 + (c - '0');
        }
        if (status < 100) return (0, null, 0, Error(text, start + 9, ParseErrorKind.InvalidLine, Say.T("status {{status}} is not an HTTP status", "status", status)));
        var headers = new List<HttpHeader>();
        int pos = next;
        while (true)
        {
            if (pos >= text.Length)
            {
                return (0, null, 0, Error(text, pos, ParseErrorKind.UnexpectedEnd, Say.T("the response ends before the end of its headers")));
            }
            (int end, int after) = LineAt(text, pos);
            if (end == pos) return (status, headers, after, null);
            string line = text.Substring(pos, end - pos);
            int colon = line.IndexOf(':');
            if (colon <= 0) return (0, null, 0, Error(text, pos, ParseErrorKind.InvalidLine, Say.T("a header line has no name")));
            headers.Add(new HttpHeader(line.Substring(0, colon).Trim(), line.Substring(colon + 1).Trim()));
            pos = after;
        }
    }

    private static Parsed<AdminResponse> ReadBody(string text, int status, List<HttpHeader> headers, int bodyStart)
    {
        var response = new AdminResponse(status, headers, "");
        string? encoding = response.Header("Transfer-Encoding");
        if (encoding is not null && encoding.ToLowerInvariant().Contains("chunked"))
        {
            return ReadChunked(text, status, headers, bodyStart);
        }
        string rest = text.Substring(bodyStart);
        string? lengthText = response.Header("Content-Length");
        if (lengthText is null) return Parsed<AdminResponse>.Success(new AdminResponse(status, headers, rest));
        int? length = Sources.Addresses.ParseNonNegativeInt(lengthText.Trim());
        if (length is null)
        {
            return Parsed<AdminResponse>.Failure(Error(text, bodyStart, ParseErrorKind.InvalidValue, Say.T("Content-Length \"{{lengthText}}\" is not a number", "lengthText", lengthText)));
        }
        int chars = CharsForUtf8Bytes(rest, length.Value);
        if (chars < 0)
        {
            return Parsed<AdminResponse>.Failure(Error(text, text.Length, ParseErrorKind.UnexpectedEnd,
                Say.T("the body is shorter than its Content-Length of {{value}} bytes (truncated)", "value", length.Value)));
        }
        return Parsed<AdminResponse>.Success(new AdminResponse(status, headers, rest.Substring(0, chars)));
    }

    /// <summary>How many characters of <paramref name="text"/> make up <paramref name="bytes"/> UTF-8 bytes;
    /// -1 when the text is shorter.</summary>
    private static int CharsForUtf8Bytes(string text, int bytes)
    {
        int count = 0;
        int i = 0;
        while (count < bytes)
        {
            if (i >= text.Length) return -1;
            int c = text[i];
            if (c < 0x80) count += 1;
            else if (c < 0x800) count += 2;
            else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length)
            {
                count += 4;
                i++;
            }
            else count += 3;
            i++;
        }
        return i;
    }

    private static Parsed<AdminResponse> ReadChunked(string text, int status, List<HttpHeader> headers, int start)
    {
        var body = new StringBuilder();
        int pos = start;
        while (true)
        {
            if (pos >= text.Length)
            {
                return Parsed<AdminResponse>.Failure(Error(text, pos, ParseErrorKind.UnexpectedEnd, Say.T("the chunked body ends before its last chunk")));
            }
            (int end, int next) = LineAt(text, pos);
            string sizeLine = text.Substring(pos, end - pos);
            int semicolon = sizeLine.IndexOf(';');
            string hex = (semicolon >= 0 ? sizeLine.Substring(0, semicolon) : sizeLine).Trim();
            int size = ParseHex(hex);
            if (size < 0 && pos == start)
            {
                // curl -i prints the headers as received but the body already de-chunked.
                return Parsed<AdminResponse>.Success(new AdminResponse(status, headers, text.Substring(start)));
            }
            if (size < 0) return Parsed<AdminResponse>.Failure(Error(text, pos, ParseErrorKind.InvalidValue, Say.T("\"{{hex}}\" is not a chunk size", "hex", hex)));
            if (size == 0) return Parsed<AdminResponse>.Success(new AdminResponse(status, headers, body.ToString()));
            int chars = CharsForUtf8Bytes(text.Substring(next), size);
            if (chars < 0) return Parsed<AdminResponse>.Failure(Error(text, text.Length, ParseErrorKind.UnexpectedEnd, Say.T("a chunk is truncated")));
            body.Append(text.Substring(next, chars));
            pos = next + chars;
            if (pos < text.Length && text[pos] == '\r') pos++;
            if (pos < text.Length && text[pos] == '\n') pos++;
        }
    }

    private static int ParseHex(string hex)
    {
        if (hex.Length == 0 || hex.Length > 7) return -1;
        int value = 0;
        for (int i = 0; i < hex.Length; i++)
        {
            int c = hex[i];
            int digit;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            else return -1;
            value = value * 16 + digit;
        }
        return value;
    }
}
