using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kmesh.Model.Json;

/// <summary>The parsed text together with its root, so later readers can point at lines and columns.</summary>
public sealed class JsonDocument
{
    public JsonDocument(string text, JsonValue root)
    {
        Text = text;
        Root = root;
    }

    public string Text { get; }
    public JsonValue Root { get; }
}

/// <summary>Limits applied while parsing. Defaults: 64 MiB of text, 256 levels of nesting.</summary>
public sealed record JsonLimits(int MaxLength, int MaxDepth)
{
    public static readonly JsonLimits Default = new JsonLimits(64 * 1024 * 1024, 256);
}

/// <summary>A strict RFC 8259 parser written for speed once compiled to JavaScript: it walks char codes,
/// copies string runs with one Substring, and only builds text for escapes or unusual numbers.</summary>
public sealed class JsonParser
{
    private readonly string text;
    private readonly int length;
    private readonly int maxDepth;
    private readonly string?[] pathNames;
    private readonly int[] pathIndexes;
    private const int SharedSlots = 1024;
    private const int MaxSharedLength = 32;
    private readonly string?[] shared = new string?[SharedSlots];
    private int pos;
    private int depth;

    private JsonParser(string text, int maxDepth)
    {
        this.text = text;
        length = text.Length;
        this.maxDepth = maxDepth;
        pathNames = new string?[maxDepth + 2];
        pathIndexes = new int[maxDepth + 2];
    }

    public static Parsed<JsonDocument> Parse(string? text) => Parse(text, JsonLimits.Default);

    public static Parsed<JsonDocument> Parse(string? text, JsonLimits limits)
    {
        if (text is null || text.Length == 0)
        {
            return Parsed<JsonDocument>.Failure(new ParseError(ParseErrorKind.Empty, "the body is empty", 1, 1, 0, "$"));
        }
        if (text.Length > limits.MaxLength)
        {
            return Parsed<JsonDocument>.Failure(new ParseError(ParseErrorKind.TooLarge,
                $"the body has {text.Length} characters, more than the limit of {limits.MaxLength}", 1, 1, 0, "$"));
        }
        var parser = new JsonParser(text, limits.MaxDepth);
        try
        {
            return Parsed<JsonDocument>.Success(new JsonDocument(text, parser.ParseDocument()));
        }
        catch (ParseErrorException e)
        {
            return Parsed<JsonDocument>.Failure(e.Error);
        }
    }

    private JsonValue ParseDocument()
    {
        if (length > 0 && text[0] == '\uFEFF') pos = 1;
        SkipWhitespace();
        if (pos >= length) throw Fail(ParseErrorKind.Empty, "the body holds only whitespace");
        int first = text[pos];
        bool startsValue = first == '{' || first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9')
            || first == 't' || first == 'f' || first == 'n';
        if (!startsValue)
        {
            string what = first == '<' ? "an HTML or XML page" : $"text starting with \"{Preview(pos)}\"";
            throw Fail(ParseErrorKind.NotJson, $"expected JSON but found {what}");
        }
        JsonValue root = ParseValue();
        SkipWhitespace();
        if (pos < length) throw Fail(ParseErrorKind.TrailingContent, $"unexpected \"{Preview(pos)}\" after the JSON value");
        return root;
    }

    private string Preview(int at)
    {
        int end = at + 20 < length ? at + 20 : length;
        var sb = new StringBuilder();
        for (int i = at; i < end; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r' || c == '\t') sb.Append(' ');
            else if (c >= ' ') sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private void SkipWhitespace()
    {
        while (pos < length)
        {
            int c = text[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') pos++;
            else return;
        }
    }

    private JsonValue ParseValue()
    {
        if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends where a value was expected");
        int c = text[pos];
        if (c == '{') return ParseObject();
        if (c == '[') return ParseArray();
        if (c == '"') return JsonValue.Str(pos, ParseString());
        if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
        if (c == 't') return ParseLiteral("true", JsonValue.Boolean(pos, true));
        if (c == 'f') return ParseLiteral("false", JsonValue.Boolean(pos, false));
        if (c == 'n') return ParseLiteral("null", JsonValue.Null(pos));
        throw Fail(ParseErrorKind.UnexpectedCharacter, $"unexpected character {Describe(c)} where a value was expected");
    }

    private JsonValue ParseLiteral(string word, JsonValue value)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (pos + i >= length)
            {
                pos += i;
                throw Fail(ParseErrorKind.UnexpectedEnd, $"the text ends inside \"{word}\"");
            }
            if (text[pos + i] != word[i])
            {
                pos += i;
                throw Fail(ParseErrorKind.UnexpectedCharacter, $"unexpected character {Describe(text[pos])} in \"{word}\"");
            }
        }
        pos += word.Length;
        return value;
    }

    private void Enter()
    {
        if (depth == maxDepth) throw Fail(ParseErrorKind.TooDeep, $"nesting is deeper than {maxDepth} levels");
        depth++;
        pathNames[depth] = null;
        pathIndexes[depth] = -1;
    }

    private JsonValue ParseObject()
    {
        int start = pos;
        Enter();
        pos++;
        var names = new List<string>();
        var values = new List<JsonValue>();
        SkipWhitespace();
        if (pos < length && text[pos] == '}')
        {
            pos++;
            depth--;
            return JsonValue.Obj(start, names, values);
        }
        while (true)
        {
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside an object");
            if (text[pos] != '"') throw Fail(ParseErrorKind.UnexpectedCharacter, $"expected a member name in quotes but found {Describe(text[pos])}");
            string name = ParseString();
            pathNames[depth] = name;
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends after a member name");
            if (text[pos] != ':') throw Fail(ParseErrorKind.UnexpectedCharacter, $"expected ':' after a member name but found {Describe(text[pos])}");
            pos++;
            SkipWhitespace();
            values.Add(ParseValue());
            names.Add(name);
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside an object");
            int c = text[pos];
            pos++;
            if (c == ',') continue;
            if (c == '}') break;
            pos--;
            throw Fail(ParseErrorKind.UnexpectedCharacter, $"expected ',' or '}}' in an object but found {Describe(c)}");
        }
        depth--;
        return JsonValue.Obj(start, names, values);
    }

    private JsonValue ParseArray()
    {
        int start = pos;
        Enter();
        pos++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (pos < length && text[pos] == ']')
        {
            pos++;
            depth--;
            return JsonValue.Arr(start, items);
        }
        while (true)
        {
            pathIndexes[depth] = items.Count;
            SkipWhitespace();
            items.Add(ParseValue());
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside an array");
            int c = text[pos];
            pos++;
            if (c == ',') continue;
            if (c == ']') break;
            pos--;
            throw Fail(ParseErrorKind.UnexpectedCharacter, $"expected ',' or ']' in an array but found {Describe(c)}");
        }
        depth--;
        return JsonValue.Arr(start, items);
    }

    private string ParseString()
    {
        int start = pos + 1;
        int i = start;
        int hash = 0;
        while (i < length)
        {
            int c = text[i];
            if (c == '"')
            {
                pos = i + 1;
                return Shared(start, i - start, hash);
            }
            if (c == '\\' || c < 0x20) break;
            hash = hash * 31 + c;
            i++;
        }
        return ParseEscapedString(start, i);
    }

    /// <summary>Dumps repeat the same short strings (member names, enum values) thousands of times; handing out one
    /// instance per distinct text keeps the parsed tree small, which matters most for the garbage collector.</summary>
    private string Shared(int start, int count, int hash)
    {
        if (count > MaxSharedLength) return text.Substring(start, count);
        int slot = hash & (SharedSlots - 1);
        string? known = shared[slot];
        if (known is not null && known.Length == count)
        {
            int k = 0;
            while (k < count && known[k] == text[start + k]) k++;
            if (k == count) return known;
        }
        string created = text.Substring(start, count);
        shared[slot] = created;
        return created;
    }

    private string ParseEscapedString(int start, int runEnd)
    {
        var sb = new StringBuilder();
        sb.Append(text.Substring(start, runEnd - start));
        int i = runEnd;
        while (true)
        {
            if (i >= length)
            {
                pos = i;
                throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside a string");
            }
            int c = text[i];
            if (c == '"')
            {
                pos = i + 1;
                return sb.ToString();
            }
            if (c < 0x20)
            {
                pos = i;
                throw Fail(ParseErrorKind.InvalidString, $"control character {Describe(c)} inside a string");
            }
            if (c != '\\')
            {
                int runStart = i;
                while (i < length && text[i] != '"' && text[i] != '\\' && text[i] >= 0x20) i++;
                sb.Append(text.Substring(runStart, i - runStart));
                continue;
            }
            if (i + 1 >= length)
            {
                pos = i + 1;
                throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside an escape sequence");
            }
            int e = text[i + 1];
            i += 2;
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)ReadHex4(i));
                    i += 4;
                    break;
                default:
                    pos = i - 2;
                    throw Fail(ParseErrorKind.InvalidString, $"invalid escape \\{Describe(e)} inside a string");
            }
        }
    }

    private int ReadHex4(int at)
    {
        int value = 0;
        for (int k = 0; k < 4; k++)
        {
            if (at + k >= length)
            {
                pos = at + k;
                throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside a \\u escape");
            }
            int h = text[at + k];
            int digit;
            if (h >= '0' && h <= '9') digit = h - '0';
            else if (h >= 'a' && h <= 'f') digit = h - 'a' + 10;
            else if (h >= 'A' && h <= 'F') digit = h - 'A' + 10;
            else
            {
                pos = at + k;
                throw Fail(ParseErrorKind.InvalidString, $"invalid hex digit {Describe(h)} in a \\u escape");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private JsonValue ParseNumber()
    {
        int start = pos;
        int i = pos;
        bool negative = false;
        if (text[i] == '-')
        {
            negative = true;
            i++;
        }
        if (i >= length)
        {
            pos = i;
            throw Fail(ParseErrorKind.UnexpectedEnd, "the text ends inside a number");
        }
        int c = text[i];
        if (c < '0' || c > '9')
        {
            pos = i;
            throw Fail(ParseErrorKind.InvalidNumber, $"expected a digit but found {Describe(c)}");
        }
        double value = 0;
        int digits = 0;
        if (c == '0')
        {
            i++;
            digits = 1;
        }
        else
        {
            while (i < length)
            {
                c = text[i];
                if (c < '0' || c > '9') break;
                value = value * 10 + (c - '0');
                digits++;
                i++;
            }
        }
        bool simple = true;
        if (i < length && text[i] == '.')
        {
            simple = false;
            i++;
            int fractionStart = i;
            while (i < length && text[i] >= '0' && text[i] <= '9') i++;
            if (i == fractionStart)
            {
                pos = i;
                throw Fail(ParseErrorKind.InvalidNumber, "a decimal point must be followed by digits");
            }
        }
        if (i < length && (text[i] == 'e' || text[i] == 'E'))
        {
            simple = false;
            i++;
            if (i < length && (text[i] == '+' || text[i] == '-')) i++;
            int exponentStart = i;
            while (i < length && text[i] >= '0' && text[i] <= '9') i++;
            if (i == exponentStart)
            {
                pos = i;
                throw Fail(ParseErrorKind.InvalidNumber, "an exponent must have digits");
            }
        }
        pos = i;
        if (simple && digits <= 15)
        {
            return JsonValue.Num(start, negative ? -value : value, null);
        }
        string raw = text.Substring(start, i - start);
        return JsonValue.Num(start, double.Parse(raw, CultureInfo.InvariantCulture), raw);
    }

    private static string Describe(int c)
    {
        if (c >= 0x21 && c < 0x7f) return $"'{(char)c}'";
        return $"U+{c:X4}";
    }

    private string CurrentPath()
    {
        var sb = new StringBuilder("$");
        for (int d = 1; d <= depth && d < pathNames.Length; d++)
        {
            string? name = pathNames[d];
            if (name is not null) JsonPath.AppendName(sb, name);
            else if (pathIndexes[d] >= 0) sb.Append('[').Append(pathIndexes[d]).Append(']');
        }
        return sb.ToString();
    }

    private ParseErrorException Fail(ParseErrorKind kind, string message)
    {
        return new ParseErrorException(ParseError.At(text, pos, kind, message, CurrentPath()));
    }
}
