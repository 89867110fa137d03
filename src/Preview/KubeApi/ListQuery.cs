using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.KubeApi;

/// <summary>The query parameters of a list or watch request, validated.</summary>
public sealed record ListQuery(LabelSelector Labels, FieldSelector Fields, int Limit, string? StartAfter, long? ResourceVersion, bool Watch)
{
    public bool HasSelectors => !Labels.IsEmpty || !Fields.IsEmpty;

    public static (ListQuery? Query, string? Error) From(IQueryCollection query, ResourceType type, bool legacyWatch)
    {
        var (labels, labelError) = LabelSelector.Parse(query["labelSelector"]);
        if (labelError is not null)
        {
            return (null, labelError);
        }
        var (fields, fieldError) = FieldSelector.Parse(query["fieldSelector"]);
        if (fieldError is not null)
        {
            return (null, fieldError);
        }
        var unsupported = fields!.UnsupportedField(type);
        if (unsupported is not null)
        {
            return (null, $"field label not supported: {unsupported}");
        }
        var limit = 0;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit)))
        {
            return (null, $"limit: Invalid value: \"{limitText}\": must be a non-negative integer");
        }
        string? startAfter = null;
        if (query.TryGetValue("continue", out var token) && !string.IsNullOrEmpty(token))
        {
            var (start, continueError) = ContinueToken.Decode(token!);
            if (continueError is not null)
            {
                return (null, continueError);
            }
            startAfter = start;
        }
        long? resourceVersion = long.TryParse(query["resourceVersion"], NumberStyles.None, CultureInfo.InvariantCulture, out var rv) ? rv : null;
        var watch = legacyWatch || query["watch"] is { Count: > 0 } w && (w.ToString() is "1" or "true" or "True");
        return (new ListQuery(labels!, fields, limit, startAfter, resourceVersion, watch), null);
    }
}
