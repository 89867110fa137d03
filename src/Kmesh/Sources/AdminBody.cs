using System;
using Kmesh.Model.Transport;
using Kmesh.Model.Text;

namespace Kmesh.Model.Sources;

public enum AdminBodyKind { Value, OtherMode, HttpError, Unreadable }

/// <summary>An admin response read by a source reader: the value; "other mode" (400 <c>\tInvalid Client Mode\n</c>);
/// another HTTP error with the daemon's message; or a body that could not be read, with the typed error.</summary>
public sealed class AdminBody<T> where T : class
{
    private AdminBody(AdminBodyKind kind, T? value, int status, string message, ParseError? error)
    {
        Kind = kind;
        Value = value;
        Status = status;
        Message = message;
        Error = error;
    }

    public AdminBodyKind Kind { get; }
    public T? Value { get; }
    public int Status { get; }
    public string Message { get; }
    public ParseError? Error { get; }

    /// <summary>The body is parsed as text whatever the content type (the daemon sends text/plain).</summary>
    public static AdminBody<T> Read(AdminResponse response, Func<string, Parsed<T>> read)
    {
        if (response.IsInvalidClientMode)
        {
            return new AdminBody<T>(AdminBodyKind.OtherMode, null, response.Status, Say.T("the daemon runs the other mode"), null);
        }
        if (!response.IsSuccess)
        {
            return new AdminBody<T>(AdminBodyKind.HttpError, null, response.Status, response.Body.Trim(), null);
        }
        Parsed<T> parsed = read(response.Body);
        if (parsed.Value is not null) return new AdminBody<T>(AdminBodyKind.Value, parsed.Value, response.Status, "", null);
        return new AdminBody<T>(AdminBodyKind.Unreadable, null, response.Status, parsed.Error!.ToString(), parsed.Error);
    }
}
