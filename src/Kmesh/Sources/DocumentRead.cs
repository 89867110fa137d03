using Kmesh.Model.Json;

namespace Kmesh.Model.Sources;

/// <summary>Runs a typed reader over an already parsed document, so a view that also needs the raw JSON (to show an
/// entry as the daemon sent it) parses the body once.</summary>
public static class DocumentRead
{
    public static Parsed<T> With<T>(JsonDocument document, System.Func<ShapeReader, JsonValue, T> read) where T : class
    {
        try
        {
            return Parsed<T>.Success(read(new ShapeReader(document.Text), document.Root));
        }
        catch (ParseErrorException e)
        {
            return Parsed<T>.Failure(e.Error);
        }
    }
}
