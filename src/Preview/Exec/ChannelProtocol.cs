using System;
using System.Linq;
using System.Text;

namespace Kmesh.Preview.Exec;

/// <summary>
/// The remote-command WebSocket framing: each message is one channel byte (0 stdin, 1 stdout, 2 stderr, 3 status)
/// followed by data; in the base64 variants the message is text, the channel a digit and the data base64.
/// </summary>
public sealed class ChannelProtocol
{
    public const string V4Binary = "v4.channel.k8s.io";
    public const string V4Base64 = "v4.base64.channel.k8s.io";
    public const string Base64 = "base64.channel.k8s.io";
    public const string Binary = "channel.k8s.io";

    private static readonly string[] Preference = { V4Binary, V4Base64, Binary, Base64 };

    private ChannelProtocol(string? name) => Name = name;

    /// <summary>The negotiated subprotocol; null when the client offered none (plain binary framing).</summary>
    public string? Name { get; }

    public bool IsBase64 => Name is V4Base64 or Base64;

    public static ChannelProtocol Negotiate(System.Collections.Generic.IList<string> offered) =>
        new(Preference.FirstOrDefault(offered.Contains));

    public (byte[] Payload, bool Text) Frame(byte channel, ReadOnlySpan<byte> data)
    {
        if (IsBase64)
        {
            return (Encoding.ASCII.GetBytes((char)('0' + channel) + Convert.ToBase64String(data)), true);
        }
        var frame = new byte[data.Length + 1];
        frame[0] = channel;
        data.CopyTo(frame.AsSpan(1));
        return (frame, false);
    }
}
