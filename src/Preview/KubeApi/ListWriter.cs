using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Kmesh.Preview.KubeApi;

/// <summary>Writes a list response by concatenating the items' cached JSON (no re-serialisation per request).</summary>
public static class ListWriter
{
    private static readonly ReadOnlyMemory<byte> Comma = new byte[] { (byte)',' };

    public static async Task WriteAsync(Stream body, ResourceType type, ListPage page, long resourceVersion)
    {
        // Built-in lists are Go structs (kind first); custom resource lists are unstructured maps (apiVersion first).
        var head = new StringBuilder();
        if (type.IsCustomResource)
        {
            head.Append("{\"apiVersion\":\"").Append(type.GroupVersion).Append("\",\"kind\":\"").Append(type.ListKind);
        }
        else
        {
            head.Append("{\"kind\":\"").Append(type.ListKind).Append("\",\"apiVersion\":\"").Append(type.GroupVersion);
        }
        head.Append("\",\"metadata\":{\"resourceVersion\":\"").Append(resourceVersion.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (page.Continue is not null)
        {
            head.Append(",\"continue\":\"").Append(page.Continue).Append('"');
        }
        if (page.RemainingItemCount is { } remaining)
        {
            head.Append(",\"remainingItemCount\":").Append(remaining.ToString(CultureInfo.InvariantCulture));
        }
        head.Append("},\"items\":[");
        await using var buffered = new BufferedStream(body, 64 * 1024);
        await buffered.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()));
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (i > 0)
            {
                await buffered.WriteAsync(Comma); // a synchronous write that flushes a full buffer is refused by Kestrel
            }
            await buffered.WriteAsync(page.Items[i].ItemJson);
        }
        await buffered.WriteAsync("]}"u8.ToArray());
        await buffered.FlushAsync();
    }
}
