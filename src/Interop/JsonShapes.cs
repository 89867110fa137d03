using System.Text.Json;

namespace CSharpToJs.Interop;

/// <summary>Turns JSON text into a JSON-shape value. Natively this is System.Text.Json with KubernetesClient's
/// settings; compiled, it is <c>JSON.parse</c>, so the same C# reads the same document either way.</summary>
public static class JsonShapes
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    [Template("JSON.parse({json})")]
    public static T Parse<T>(string json)
    {
        if (typeof(T).Namespace == "k8s.Models")
            return k8s.KubernetesJson.Deserialize<T>(json);
        return JsonSerializer.Deserialize<T>(json, Options)!;
    }
}
