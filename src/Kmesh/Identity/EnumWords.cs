namespace Kmesh.Model.Identity;

/// <summary>Protobuf enum names as words for display: <c>UNSPECIFIED_MODE</c> → "unspecified",
/// <c>LEAST_REQUEST</c> → "least request". A bare number (a value the daemon's enum lacks) stays as it is.</summary>
public static class EnumWords
{
    public static string Of(string name)
    {
        if (name.Length == 0) return "";
        string text = name;
        if (text.EndsWith("_MODE", System.StringComparison.Ordinal) && text.Length > 5) text = text.Substring(0, text.Length - 5);
        return text.Replace('_', ' ').ToLowerInvariant();
    }
}
