using System;
using System.Collections.Generic;
using System.Text;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// One object of the simulated cluster: what selectors and paging need, plus its JSON, serialised once on
/// first use (the large scenario has tens of thousands of objects, most of which are never requested).
/// </summary>
public sealed class StoredObject
{
    private readonly Func<byte[]> serialize;
    private readonly Func<string, string?> fields;
    private readonly string? typePrefix;
    private byte[]? itemJson;
    private byte[]? objectJson;

    /// <param name="serialize">The object's JSON as it appears inside a list's items.</param>
    /// <param name="typePrefix">For built-in kinds, <c>"kind":"Pod","apiVersion":"v1",</c>: a list's items omit it, a get or watch event carries it.</param>
    public StoredObject(string? ns, string name, long resourceVersion, IReadOnlyDictionary<string, string> labels,
        Func<string, string?> fields, Func<byte[]> serialize, string? typePrefix)
    {
        Namespace = ns;
        Name = name;
        ResourceVersion = resourceVersion;
        Labels = labels;
        this.fields = fields;
        this.serialize = serialize;
        this.typePrefix = typePrefix;
        SortKey = ns is null ? name : $"{ns}/{name}";
    }

    public string? Namespace { get; }
    public string Name { get; }
    public long ResourceVersion { get; }
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The object's storage key, which lists are ordered by (like etcd keys).</summary>
    public string SortKey { get; }

    /// <summary>A field-selector field's value; null when the kind does not support that field.</summary>
    public string? Field(string path) => path switch
    {
        "metadata.name" => Name,
        "metadata.namespace" => Namespace ?? "",
        _ => fields(path),
    };

    public byte[] ItemJson => itemJson ??= serialize();

    /// <summary>The same object after a write: new resourceVersion, labels and JSON (as a list item), same field selectors.</summary>
    public StoredObject With(long resourceVersion, IReadOnlyDictionary<string, string> labels, byte[] itemJson) =>
        new(Namespace, Name, resourceVersion, labels, fields, () => itemJson, typePrefix);

    /// <summary>A custom resource's object (its JSON carries kind and apiVersion itself).</summary>
    public static StoredObject Custom(string? ns, string name, long resourceVersion, IReadOnlyDictionary<string, string> labels, byte[] json) =>
        new(ns, name, resourceVersion, labels, _ => null, () => json, null);

    public byte[] ObjectJson => objectJson ??= typePrefix is null ? ItemJson : WithTypePrefix(ItemJson, typePrefix);

    private static byte[] WithTypePrefix(byte[] item, string prefix)
    {
        var head = Encoding.UTF8.GetBytes("{" + prefix);
        var result = new byte[head.Length + item.Length - 1];
        head.CopyTo(result, 0);
        item.AsSpan(1).CopyTo(result.AsSpan(head.Length));
        return result;
    }
}
