using System;
using System.Collections.Generic;
using System.Text;

namespace Kmesh.Preview.Scenarios;

/// <summary>Deterministic source of the random-looking parts of Kubernetes names and ids.</summary>
public sealed class SeededNames
{
    // Kubernetes' rand.String alphabet (no vowels, no ambiguous characters).
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
    private readonly Random random;
    private readonly HashSet<string> issued = new(StringComparer.Ordinal);

    public SeededNames(int seed) => random = new Random(seed);

    public string Suffix(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return builder.ToString();
    }

    /// <summary>A Deployment pod name: <c>name-&lt;pod-template-hash&gt;-&lt;5 chars&gt;</c>.</summary>
    public string DeploymentPod(string deployment, string templateHash) => Unique($"{deployment}-{templateHash}-");

    /// <summary>A generated name (<c>prefix</c> + 5 random characters) never handed out before, like the API server's generateName.</summary>
    public string Unique(string prefix)
    {
        string name;
        do
        {
            name = prefix + Suffix(5);
        }
        while (!issued.Add(name));
        return name;
    }

    public string TemplateHash() => Suffix(10);

    public string Uid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    public string Hex(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append("0123456789abcdef"[random.Next(16)]);
        }
        return builder.ToString();
    }

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public TimeSpan Seconds(int min, int max) => TimeSpan.FromSeconds(random.Next(min, max));

    public void Shuffle<T>(T[] items) => random.Shuffle(items);
}
