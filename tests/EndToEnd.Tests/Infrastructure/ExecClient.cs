using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.Preview;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>What an exec stream delivered, channel by channel.</summary>
public sealed record ExecOutput(IReadOnlyList<(byte Channel, byte[] Data)> Frames, string NegotiatedProtocol)
{
    public string Stdout => Concat(1);
    public string Stderr => Concat(2);
    public JsonNode? Status => Frames.Where(f => f.Channel == 3).Select(f => JsonNode.Parse(f.Data)).LastOrDefault();

    private string Concat(byte channel) => Encoding.UTF8.GetString(Frames.Where(f => f.Channel == channel).SelectMany(f => f.Data).ToArray());
}

/// <summary>Opens pod exec streams the way Headlamp's Pod.exec does (v4.channel.k8s.io first, binary frames).</summary>
public static class ExecClient
{
    public static Task<ExecOutput> RunAsync(PreviewServer server, string ns, string pod, IReadOnlyList<string> command,
        string container = "kmesh", params string[] protocols) => RunAsync(server, ns, pod, command, container, false, protocols);

    public static async Task<ExecOutput> RunAsync(PreviewServer server, string ns, string pod, IReadOnlyList<string> command,
        string container, bool tty, params string[] protocols)
    {
        var query = string.Join("&", command.Select(c => "command=" + Uri.EscapeDataString(c)));
        var uri = new Uri(ToWebSocket(server.BaseAddress),
            $"clusters/{SimulatedCluster.ClusterName}/api/v1/namespaces/{ns}/pods/{pod}/exec?container={container}&{query}&stdout=1&stderr=1&tty={(tty ? 1 : 0)}&stdin=0");
        using var socket = new ClientWebSocket();
        foreach (var protocol in protocols.Length == 0 ? new[] { "v4.channel.k8s.io", "v3.channel.k8s.io", "v2.channel.k8s.io", "channel.k8s.io" } : protocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await socket.ConnectAsync(uri, timeout.Token);
        var frames = new List<(byte, byte[])>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }
            var bytes = message.ToArray();
            frames.Add(result.MessageType == WebSocketMessageType.Text
                ? ((byte)(bytes[0] - '0'), Convert.FromBase64String(Encoding.ASCII.GetString(bytes, 1, bytes.Length - 1)))
                : (bytes[0], bytes[1..]));
        }
        return new ExecOutput(frames, socket.SubProtocol ?? "");
    }

    public static Uri ToWebSocket(Uri http) => new UriBuilder(http) { Scheme = http.Scheme == "https" ? "wss" : "ws" }.Uri;
}
