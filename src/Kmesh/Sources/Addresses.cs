using System.Collections.Generic;
using System.Text;

namespace Kmesh.Model.Sources;

/// <summary>An address qualified by a scope: <c>"&lt;network&gt;/&lt;ip&gt;"</c> (the network is usually empty,
/// as in <c>"/10.96.0.10"</c>) or <c>"&lt;namespace&gt;/&lt;hostname&gt;"</c>.</summary>
public sealed record ScopedAddress(string Scope, string Address)
{
    /// <summary>Splits at the first '/'; without one the whole text is the address.</summary>
    public static ScopedAddress Parse(string text)
    {
        int slash = text.IndexOf('/');
        return slash < 0
            ? new ScopedAddress("", text)
            : new ScopedAddress(text.Substring(0, slash), text.Substring(slash + 1));
    }

    public override string ToString() => Scope + "/" + Address;
}

/// <summary>Decoders for the address encodings Kmesh's dumps use.</summary>
public static class Addresses
{
    /// <summary>Standard base64 (Go's encoding of protobuf bytes), padding optional. Null when invalid.</summary>
    public static List<int>? DecodeBase64(string text)
    {
        var bytes = new List<int>();
        int buffer = 0;
        int bits = 0;
        int end = text.Length;
        while (end > 0 && text[end - 1] == '=') end--;
        if (text.Length - end > 2) return null;
        for (int i = 0; i < end; i++)
        {
            int c = text[i];
            int v;
            if (c >= 'A' && c <= 'Z') v = c - 'A';
            else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
            else if (c >= '0' && c <= '9') v = c - '0' + 52;
            else if (c == '+' || c == '-') v = 62;
            else if (c == '/' || c == '_') v = 63;
            else return null;
            buffer = ((buffer << 6) | v) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((buffer >> bits) & 0xFF);
            }
        }
        if (bits >= 6) return null;
        return bytes;
    }

    /// <summary>4 bytes → dotted quad; 16 bytes → IPv6 (longest zero run compressed); otherwise null.</summary>
    public static string? IpFromBytes(IReadOnlyList<int> bytes)
    {
        if (bytes.Count == 4) return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.{bytes[3]}";
        if (bytes.Count != 16) return null;
        var groups = new int[8];
        for (int g = 0; g < 8; g++) groups[g] = (bytes[2 * g] << 8) | bytes[2 * g + 1];
        int bestStart = -1;
        int bestLength = 0;
        for (int g = 0; g < 8; g++)
        {
            if (groups[g] != 0) continue;
            int run = g;
            while (run < 8 && groups[run] == 0) run++;
            if (run - g > bestLength && run - g > 1)
            {
                bestStart = g;
                bestLength = run - g;
            }
            g = run;
        }
        var sb = new StringBuilder();
        bool needColon = false;
        for (int g = 0; g < 8; g++)
        {
            if (g == bestStart)
            {
                sb.Append("::");
                g += bestLength - 1;
                needColon = false;
                continue;
            }
            if (needColon) sb.Append(':');
            sb.Append(Hex(groups[g]));
            needColon = true;
        }
        return sb.ToString();
    }

    private static string Hex(int value)
    {
        const string digits = "0123456789abcdef";
        if (value == 0) return "0";
        string text = "";
        while (value > 0)
        {
            text = digits.Substring(value & 0xF, 1) + text;
            value >>= 4;
        }
        return text;
    }

    /// <summary>Kernel-native <c>ipv4</c>: the little-endian uint32 of the dotted quad (10.96.45.12 →
    /// 204300298). Kept in a double so no 64-bit integer is needed.</summary>
    public static string Ipv4FromLittleEndian(double value)
    {
        double rest = value;
        var parts = new int[4];
        for (int i = 0; i < 4; i++)
        {
            double next = System.Math.Floor(rest / 256);
            parts[i] = (int)(rest - next * 256);
            rest = next;
        }
        return $"{parts[0]}.{parts[1]}.{parts[2]}.{parts[3]}";
    }

    /// <summary>Kernel-native <c>port</c>: stored in network byte order read as little-endian (9080 → 30755).</summary>
    public static int PortFromNetworkOrder(int value) => ((value & 0xFF) << 8) | ((value >> 8) & 0xFF);

    /// <summary>A decimal integer without sign or spaces, or null.</summary>
    public static int? ParseNonNegativeInt(string text)
    {
        if (text.Length == 0 || text.Length > 9) return null;
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c < '0' || c > '9') return null;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /// <summary>The BPF dump's comma-joined integers (<c>"3, 0, 0"</c>); null if any item is not an integer. Each item is
    /// what <see cref="ParseNonNegativeInt"/> accepts once trimmed of white space; read in one pass, no substrings.</summary>
    public static List<int>? ParseCommaJoined(string text)
    {
        var result = new List<int>();
        int i = SkipWhiteSpace(text, 0);
        if (i == text.Length) return result;
        while (true)
        {
            int digits = 0;
            int n = 0;
            for (; i < text.Length && text[i] >= '0' && text[i] <= '9'; i++, digits++) n = n * 10 + (text[i] - '0');
            if (digits == 0 || digits > 9) return null;
            result.Add(n);
            i = SkipWhiteSpace(text, i);
            if (i == text.Length) return result;
            if (text[i] != ',') return null;
            i = SkipWhiteSpace(text, i + 1);
        }
    }

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
