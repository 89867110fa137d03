using System.Collections.Generic;
using System.Text;
using Kmesh.Model.Text;

namespace Kmesh.Model.Json;

/// <summary>The error path of JSON reading. Values come from the platform's parser (<c>JSON.parse</c>, System.Text.Json),
/// whose error positions are not portable: V8 gives a character offset, Firefox a line and column, Safari and Jint
/// often nothing, System.Text.Json UTF-8 byte positions. So once the platform has rejected a text (or a reader has
/// rejected a value), this scanner walks the text — it builds no values — to name the exact kind, offset and JSON
/// path, identically in every engine and natively.</summary>
public sealed class JsonSyntax
{
    private readonly string text;
    private readonly int length;
    private readonly int maxDepth;
    private readonly List<string?> pathNames = new List<string?>();
    private readonly List<int> pathIndexes = new List<int>();
    private int pos;

    private JsonSyntax(string text, int maxDepth)
    {
        this.text = text;
        length = text.Length;
        this.maxDepth = maxDepth;
        pos = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>The first syntax error of a text the platform rejected; <c>null</c> if the text is valid JSON within the depth limit.</summary>
    public static ParseError? Diagnose(string text, int maxDepth)
    {
        var scanner = new JsonSyntax(text, maxDepth);
        try
        {
            scanner.Document();
            return null;
        }
        catch (ParseErrorException e)
        {
            return e.Error;
        }
    }

    /// <summary>The offset of the value at <paramref name="path"/> (member lookup as <see cref="JsonValue.Get"/>: the last exact
    /// match, else the last ASCII case-insensitive one), or of the deepest ancestor that exists.</summary>
    public static int Locate(string text, JsonPath path)
    {
        var scanner = new JsonSyntax(text, int.MaxValue);
        scanner.SkipWhitespace();
        int found = scanner.pos;
        try
        {
            foreach (JsonPath step in path.Steps())
            {
                int next = step.IsIndex ? scanner.ItemOffset(step.Index) : scanner.MemberOffset(step.Name!);
                if (next < 0) return found;
                scanner.pos = next;
                found = next;
            }
        }
        catch (ParseErrorException)
        {
            // the platform accepted the text, so this cannot happen; keep the deepest offset found
        }
        return found;
    }

    /// <summary>What is said of arrays and objects nested deeper than <paramref name="maxDepth"/> levels.</summary>
    public static string TooDeep(int maxDepth) => Say.T("nesting is deeper than {{maxDepth}} levels", "maxDepth", maxDepth);

    /// <summary>The text of the number (or other scalar) starting at <paramref name="offset"/>, as written.</summary>
    public static string Token(string text, int offset) => text.Substring(offset, ScalarEnd(text, offset) - offset);

    private static int ScalarEnd(string text, int offset)
    {
        int end = offset;
        while (end < text.Length)
        {
            char c = text[end];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') break;
            end++;
        }
        return end;
    }

    private int ItemOffset(int index)
    {
        if (pos >= length || text[pos] != '[') return -1;
        pos++;
        SkipWhitespace();
        if (pos < length && text[pos] == ']') return -1;
        for (int i = 0; ; i++)
        {
            SkipWhitespace();
            if (i == index) return pos;
            Skip();
            SkipWhitespace();
            if (pos >= length || text[pos] != ',') return -1;
            pos++;
        }
    }

    private int MemberOffset(string name)
    {
        if (pos >= length || text[pos] != '{') return -1;
        pos++;
        int exact = -1;
        int folded = -1;
        SkipWhitespace();
        if (pos < length && text[pos] == '}') return -1;
        while (true)
        {
            SkipWhitespace();
            string member = String();
            SkipWhitespace();
            pos++; // ':'
            SkipWhitespace();
            if (member == name) exact = pos;
            else if (JsonValue.AsciiEqualsIgnoreCase(member, name)) folded = pos;
            Skip();
            SkipWhitespace();
            if (pos >= length || text[pos] != ',') break;
            pos++;
        }
        return exact >= 0 ? exact : folded;
    }

    /// <summary>Moves past the value under <see cref="pos"/> of a text the platform accepted, counting brackets instead
    /// of recursing: the platform accepts any nesting, and a sibling thousands of levels deep must not exhaust the stack
    /// while an error elsewhere is located.</summary>
    private void Skip()
    {
        int depth = 0;
        do
        {
            SkipWhitespace();
            if (pos >= length) return;
            int c = text[pos];
            if (c == '{' || c == '[') depth++;
            else if (c == '}' || c == ']') depth--;
            if (c == '"') SkipString();
            else if (c == '{' || c == '[' || c == '}' || c == ']' || c == ',' || c == ':') pos++;
            else pos = ScalarEnd(text, pos);
        }
        while (depth > 0);
    }

    private void SkipString()
    {
        int i = pos + 1;
        while (i < length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
        pos = i + 1;
    }

    private void Document()
    {
        SkipWhitespace();
        if (pos >= length) throw Fail(ParseErrorKind.Empty, Say.T("the body holds only whitespace"));
        int first = text[pos];
        bool startsValue = first == '{' || first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9')
            || first == 't' || first == 'f' || first == 'n';
        if (!startsValue)
        {
            string what = first == '<' ? Say.T("an HTML or XML page") : Say.T("text starting with \"{{start}}\"", "start", Preview(pos));
            throw Fail(ParseErrorKind.NotJson, Say.T("expected JSON but found {{what}}", "what", what));
        }
        Value();
        SkipWhitespace();
        if (pos < length) throw Fail(ParseErrorKind.TrailingContent, Say.T("unexpected \"{{text}}\" after the JSON value", "text", Preview(pos)));
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

    private void Value()
    {
        if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends where a value was expected"));
        int c = text[pos];
        if (c == '{') Object();
        else if (c == '[') Array();
        else if (c == '"') String();
        else if (c == '-' || (c >= '0' && c <= '9')) Number();
        else if (c == 't') Literal("true");
        else if (c == 'f') Literal("false");
        else if (c == 'n') Literal("null");
        else throw Fail(ParseErrorKind.UnexpectedCharacter, Say.T("unexpected character {{character}} where a value was expected", "character", Describe(c)));
    }

    private void Literal(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (pos + i >= length)
            {
                pos += i;
                throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside \"{{word}}\"", "word", word));
            }
            if (text[pos + i] != word[i])
            {
                pos += i;
                throw Fail(ParseErrorKind.UnexpectedCharacter, Say.T("unexpected character {{value}} in \"{{word}}\"", "value", Describe(text[pos]), "word", word));
            }
        }
        pos += word.Length;
    }

    private void Enter()
    {
        if (pathNames.Count == maxDepth) throw Fail(ParseErrorKind.TooDeep, TooDeep(maxDepth));
        pathNames.Add(null);
        pathIndexes.Add(-1);
    }

    private void Leave()
    {
        pathNames.RemoveAt(pathNames.Count - 1);
        pathIndexes.RemoveAt(pathIndexes.Count - 1);
    }

    private void Object()
    {
        Enter();
        pos++;
        SkipWhitespace();
        if (pos < length && text[pos] == '}')
        {
            pos++;
            Leave();
            return;
        }
        while (true)
        {
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside an object"));
            if (text[pos] != '"') throw Fail(ParseErrorKind.UnexpectedCharacter, Say.T("expected a member name in quotes but found {{character}}", "character", Describe(text[pos])));
            pathNames[pathNames.Count - 1] = String();
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends after a member name"));
            if (text[pos] != ':') throw Fail(ParseErrorKind.UnexpectedCharacter, Say.T("expected ':' after a member name but found {{character}}", "character", Describe(text[pos])));
            pos++;
            SkipWhitespace();
            Value();
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside an object"));
            int c = text[pos];
            pos++;
            if (c == ',') continue;
            if (c == '}') break;
            pos--;
            throw Fail(ParseErrorKind.UnexpectedCharacter, Say.T("expected ',' or '}' in an object but found {{character}}", "character", Describe(c)));
        }
        Leave();
    }

    private void Array()
    {
        Enter();
        pos++;
        SkipWhitespace();
        if (pos < length && text[pos] == ']')
        {
            pos++;
            Leave();
            return;
        }
        for (int index = 0; ; index++)
        {
            pathIndexes[pathIndexes.Count - 1] = index;
            SkipWhitespace();
            Value();
            SkipWhitespace();
            if (pos >= length) throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside an array"));
            int c = text[pos];
            pos++;
            if (c == ',') continue;
            if (c == ']') break;
            pos--;
            throw Fail(ParseErrorKind.UnexpectedCharacter, Say.T("expected ',' or ']' in an array but found {{character}}", "character", Describe(c)));
        }
        Leave();
    }

    /// <summary>A string starting at the quote under <see cref="pos"/>; returns its decoded value.</summary>
    private string String()
    {
        var sb = new StringBuilder();
        int i = pos + 1;
        while (true)
        {
            if (i >= length)
            {
                pos = i;
                throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside a string"));
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
                throw Fail(ParseErrorKind.InvalidString, Say.T("control character {{character}} inside a string", "character", Describe(c)));
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
                throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside an escape sequence"));
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
                    sb.Append((char)Hex4(i));
                    i += 4;
                    break;
                default:
                    pos = i - 2;
                    throw Fail(ParseErrorKind.InvalidString, Say.T("invalid escape \\{{character}} inside a string", "character", Describe(e)));
            }
        }
    }

    private int Hex4(int at)
    {
        int value = 0;
        for (int k = 0; k < 4; k++)
        {
            if (at + k >= length)
            {
                pos = at + k;
                throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside a \\u escape"));
            }
            int h = text[at + k];
            int digit;
            if (h >= '0' && h <= '9') digit = h - '0';
            else if (h >= 'a' && h <= 'f') digit = h - 'a' + 10;
            else if (h >= 'A' && h <= 'F') digit = h - 'A' + 10;
            else
            {
                pos = at + k;
                throw Fail(ParseErrorKind.InvalidString, Say.T("invalid hex digit {{character}} in a \\u escape", "character", Describe(h)));
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void Number()
    {
        int i = pos;
        if (text[i] == '-') i++;
        if (i >= length)
        {
            pos = i;
            throw Fail(ParseErrorKind.UnexpectedEnd, Say.T("the text ends inside a number"));
        }
        int c = text[i];
        if (c < '0' || c > '9')
        {
            pos = i;
            throw Fail(ParseErrorKind.InvalidNumber, Say.T("expected a digit but found {{character}}", "character", Describe(c)));
        }
        if (c == '0') i++;
        else
        {
            while (i < length && text[i] >= '0' && text[i] <= '9') i++;
        }
        if (i < length && text[i] == '.')
        {
            i++;
            int fractionStart = i;
            while (i < length && text[i] >= '0' && text[i] <= '9') i++;
            if (i == fractionStart)
            {
                pos = i;
                throw Fail(ParseErrorKind.InvalidNumber, Say.T("a decimal point must be followed by digits"));
            }
        }
        if (i < length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < length && (text[i] == '+' || text[i] == '-')) i++;
            int exponentStart = i;
            while (i < length && text[i] >= '0' && text[i] <= '9') i++;
            if (i == exponentStart)
            {
                pos = i;
                throw Fail(ParseErrorKind.InvalidNumber, Say.T("an exponent must have digits"));
            }
        }
        pos = i;
    }

    private static string Describe(int c)
    {
        if (c >= 0x21 && c < 0x7f) return $"'{(char)c}'";
        return $"U+{c:X4}";
    }

    private string CurrentPath()
    {
        var sb = new StringBuilder("$");
        for (int d = 0; d < pathNames.Count; d++)
        {
            string? name = pathNames[d];
            if (name is not null) JsonPath.AppendName(sb, name);
            else if (pathIndexes[d] >= 0) sb.Append('[').Append(pathIndexes[d]).Append(']');
        }
        return sb.ToString();
    }

    private ParseErrorException Fail(ParseErrorKind kind, string message)
        => new ParseErrorException(ParseError.At(text, pos, kind, message, CurrentPath()));
}
