using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string ListJson = """
        {
          "apiVersion": "v1",
          "kind": "PodList",
          "metadata": { "resourceVersion": "51234" },
          "items": [
            { "metadata": { "name": "kmesh-abcde", "namespace": "kmesh-system", "creationTimestamp": "2025-12-03T09:14:02Z" } },
            { "metadata": { "name": "details-v1-7rkqx", "namespace": "default", "creationTimestamp": "2025-11-28T23:59:59Z" } },
            { "metadata": { "name": "ratings-v1-2hq8d", "namespace": "default", "creationTimestamp": "2026-01-01T00:00:00Z" } },
            { "metadata": { "name": "pending-no-timestamp", "namespace": "default" } }
          ]
        }
        """;

    public static void Main()
    {
        var list = JsonShapes.Parse<V1PodList>(ListJson);
        foreach (var pod in list.Items)
        {
            var ts = pod.Metadata?.CreationTimestamp;
            if (ts is null)
            {
                Console.WriteLine(pod.Metadata?.Name + ": no timestamp");
                continue;
            }
            var t = ts.Value;
            Console.WriteLine($"{pod.Metadata?.Name}: {t.Year}-{t.Month:D2}-{t.Day:D2} {t.Hour:D2}:{t.Minute:D2}:{t.Second:D2} dow={t.DayOfWeek}");
            Console.WriteLine("  " + t.ToString("yyyy-MM-dd HH:mm:ss"));
        }
        var oldest = list.Items.Where(p => p.Metadata?.CreationTimestamp != null).OrderBy(p => p.Metadata!.CreationTimestamp).First();
        Console.WriteLine("oldest " + oldest.Metadata?.Name);
        var newest = list.Items.Max(p => p.Metadata?.CreationTimestamp);
        Console.WriteLine("newest year " + newest?.Year);
        var a = list.Items[0].Metadata!.CreationTimestamp!.Value;
        var b = list.Items[1].Metadata!.CreationTimestamp!.Value;
        Console.WriteLine(a > b);
        var age = a - b;
        Console.WriteLine($"{age.Days}d {age.Hours}h {age.Minutes}m, total hours {age.TotalHours:F1}");
    }
}
