using Kmesh.Model.Text;

namespace Kmesh.Model;

/// <summary>Why an input could not be read. Every reader reports one of these instead of throwing.</summary>
public enum ParseErrorKind
{
    Empty,
    TooLarge,
    TooDeep,
    NotJson,
    UnexpectedEnd,
    UnexpectedCharacter,
    InvalidString,
    InvalidNumber,
    TrailingContent,
    WrongType,
    OutOfRange,
    InvalidValue,
    InvalidLine,
}

/// <summary>What went wrong and where: 1-based line and column, 0-based character offset, and for JSON the
/// path of the offending value (<c>$.workloads[3].name</c>; empty for line-based formats).</summary>
public sealed record ParseError(ParseErrorKind Kind, string Message, int Line, int Column, int Offset, string Path)
{
    public override string ToString()
    {
        return Path.Length > 0
            ? Say.T("{{kind}} at {{path}} (line {{line}}, column {{column}}): {{message}}", "kind", Kind, "path", Path, "line", Line, "column", Column, "message", Message)
            : Say.T("{{kind}} (line {{line}}, column {{column}}): {{message}}", "kind", Kind, "line", Line, "column", Column, "message", Message);
    }

    /// <summary>Builds an error at a character offset, computing line and column from the text.</summary>
    public static ParseError At(string text, int offset, ParseErrorKind kind, string message, string path)
    {
        int line = 1;
        int lineStart = 0;
        int end = offset < text.Length ? offset : text.Length;
        for (int i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new ParseError(kind, message, line, end - lineStart + 1, offset, path);
    }
}

/// <summary>Either a value or the typed error that prevented it.</summary>
public sealed class Parsed<T> where T : class
{
    private Parsed(T? value, ParseError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public ParseError? Error { get; }
    public bool Ok => Error is null;

    public static Parsed<T> Success(T value) => new Parsed<T>(value, null);
    public static Parsed<T> Failure(ParseError error) => new Parsed<T>(null, error);
}

/// <summary>Thrown inside a reader to abandon it with a typed error; every public entry point catches it.</summary>
public sealed class ParseErrorException : System.Exception
{
    public ParseErrorException(ParseError error) : base(error.Message) => Error = error;
    public ParseError Error { get; }
}
