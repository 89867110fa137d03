using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.KubeApi;

/// <summary>Writes compact JSON bodies with the status code and content type kube-apiserver uses.</summary>
public static class JsonResponses
{
    public static Task WriteAsync(HttpContext context, JsonNode body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(WireJson.Bytes(body)).AsTask();
    }

    /// <summary>A Status body; its <c>code</c> is the HTTP status.</summary>
    public static Task WriteStatusAsync(HttpContext context, JsonObject status) =>
        WriteAsync(context, status, status["code"]!.GetValue<int>());

    public static Task WriteBytesAsync(HttpContext context, byte[] json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(json).AsTask();
    }
}
