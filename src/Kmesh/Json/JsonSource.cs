using System;

namespace Kmesh.Model.Json;

/// <summary>Runs a typed reader over JSON text: parse errors and shape errors both come back as a typed
/// <see cref="ParseError"/>.</summary>
public static class JsonSource
{
    public static Parsed<T> Read<T>(string? text, Func<ShapeReader, JsonValue, T> read) where T : class
        => Read(text, JsonLimits.Default, read);

    public static Parsed<T> Read<T>(string? text, JsonLimits limits, Func<ShapeReader, JsonValue, T> read) where T : class
    {
        Parsed<JsonDocument> document = JsonParser.Parse(text, limits);
        if (document.Value is null) return Parsed<T>.Failure(document.Error!);
        var reader = new ShapeReader(document.Value.Text);
        try
        {
            return Parsed<T>.Success(read(reader, document.Value.Root));
        }
        catch (ParseErrorException e)
        {
            return Parsed<T>.Failure(e.Error);
        }
    }
}
