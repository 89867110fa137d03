using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Kmesh.Preview.KubeObjects;

/// <summary>
/// Resource quantities whose wire text is known up front. KubernetesClient re-canonicalises every ResourceQuantity
/// through exact fractions when serialising (about two thirds of the time a Node takes); quantities made here are
/// already canonical, so their text is written as given. Others still go through the library's own formatting.
/// </summary>
internal static class Quantities
{
    private static readonly ConditionalWeakTable<ResourceQuantity, string> Texts = new();

    static Quantities()
    {
        try
        {
            KubernetesJson.AddJsonOptions(options => options.Converters.Insert(0, new KnownTextConverter()));
        }
        catch (InvalidOperationException)
        {
            // The library's options were already in use (frozen): quantities are then formatted the slow way.
        }
    }

    /// <summary>Registers the converter; call before anything is serialised with KubernetesJson.</summary>
    public static void EnsureRegistered()
    {
        // The static constructor does the work; this method only makes sure it has run.
    }

    /// <param name="canonical">A quantity in Kubernetes' canonical form, e.g. "8", "100m", "16318640Ki".</param>
    public static ResourceQuantity Of(string canonical)
    {
        var quantity = new ResourceQuantity(canonical);
        Texts.AddOrUpdate(quantity, canonical);
        return quantity;
    }

    private sealed class KnownTextConverter : JsonConverter<ResourceQuantity>
    {
        public override ResourceQuantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString());

        public override void Write(Utf8JsonWriter writer, ResourceQuantity value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Texts.TryGetValue(value, out var text) ? text : value.ToString());
    }
}
