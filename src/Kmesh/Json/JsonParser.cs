using Kmesh.Model.Text;

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

/// <summary>Limits of JSON reading. Defaults: 64 MiB of text, 256 levels of nesting. The platform's parsers accept any
/// nesting in both legs (V8's is not recursive); <see cref="MaxDepth"/> bounds what recurses over the text or a parsed
/// value: <see cref="JsonSyntax"/> diagnosing a rejected text, and generic walks such as pretty-printing a value.</summary>
public sealed record JsonLimits(int MaxLength, int MaxDepth)
{
    public static readonly JsonLimits Default = new JsonLimits(64 * 1024 * 1024, 256);
}

/// <summary>Parses with the platform's parser (<c>JSON.parse</c> compiled, System.Text.Json natively); when it rejects
/// the text, <see cref="JsonSyntax"/> names the exact error.</summary>
public static class JsonParser
{
    public static Parsed<JsonDocument> Parse(string? text) => Parse(text, JsonLimits.Default);

    public static Parsed<JsonDocument> Parse(string? text, JsonLimits limits)
    {
        if (text is null || text.Length == 0)
        {
            return Parsed<JsonDocument>.Failure(new ParseError(ParseErrorKind.Empty, Say.T("the body is empty"), 1, 1, 0, "$"));
        }
        if (text.Length > limits.MaxLength)
        {
            return Parsed<JsonDocument>.Failure(new ParseError(ParseErrorKind.TooLarge,
                Say.T("the body has {{length}} characters, more than the limit of {{maxLength}}", "length", text.Length, "maxLength", limits.MaxLength), 1, 1, 0, "$"));
        }
        string body = text[0] == '\uFEFF' ? text.Substring(1) : text;
        JsonValue root;
        try
        {
            root = JsonValue.Parse(body);
        }
        catch (System.Exception)
        {
            return Rejected(text, limits);
        }
        return Parsed<JsonDocument>.Success(new JsonDocument(text, root));
    }

    private static Parsed<JsonDocument> Rejected(string text, JsonLimits limits)
    {
        ParseError? error = JsonSyntax.Diagnose(text, limits.MaxDepth);
        return Parsed<JsonDocument>.Failure(error ?? new ParseError(ParseErrorKind.NotJson, Say.T("the platform's JSON parser rejected the text"), 1, 1, 0, "$"));
    }
}
