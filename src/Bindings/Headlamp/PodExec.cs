using System;
using CSharpToJs.Interop;
using k8s.Models;

namespace Headlamp.Bindings;

/// <summary>Options of Pod.exec. <c>FailCb</c> runs when the stream closes (the command ended or the connection
/// failed); setting it also turns off Headlamp's automatic reconnect.</summary>
[ObjectLiteral]
public sealed class ExecOptions
{
    public string[]? Command { get; set; }
    public bool? Tty { get; set; }
    public bool? Stdin { get; set; }
    public bool? Stdout { get; set; }
    public bool? Stderr { get; set; }
    public Action? FailCb { get; set; }
}

/// <summary>What Pod.exec returns: <c>Cancel()</c> closes the stream.</summary>
[External]
public sealed class ExecHandle
{
    private ExecHandle() { }
    public extern void Cancel();
}

/// <summary>One WebSocket message of an exec stream (v4.channel.k8s.io): the first byte is the channel
/// (1 stdout, 2 stderr, 3 status JSON), the rest the payload. Arrives as an ArrayBuffer (or, from text-only
/// transports, a string whose first character is the channel).</summary>
[External]
public sealed class ExecMessage
{
    private ExecMessage() { }
}

[External]
public static class PodExec
{
    /// <summary>Runs <paramref name="options"/>.Command in <paramref name="container"/> of the pod described by
    /// <paramref name="pod"/> (its plain JSON) through Headlamp's exec stream.</summary>
    [Template("new pluginLib.K8s.ResourceClasses.Pod({pod}).exec({container}, {onMessage}, {options})")]
    public static extern ExecHandle Start(V1Pod pod, string container, Action<ExecMessage> onMessage, ExecOptions options);

    [Template("(typeof {message} === 'string' ? {message}.charCodeAt(0) : new Uint8Array({message})[0])")]
    public static extern int Channel(ExecMessage message);

    /// <summary>A UTF-8 decoder for one channel of one stream (a <c>TextDecoder</c>).</summary>
    [Template("new TextDecoder()")]
    public static extern ExecDecoder NewDecoder();

    /// <summary>The payload after the channel byte, decoded by <paramref name="decoder"/> as the next part of its
    /// channel: a character split between two messages is decoded whole, when its last byte arrives.</summary>
    [Template("(typeof {message} === 'string' ? {message}.slice(1) : {decoder}.decode(new Uint8Array({message}).subarray(1), { stream: true }))")]
    public static extern string Payload(ExecMessage message, ExecDecoder decoder);

    /// <summary>What <paramref name="decoder"/> still holds when its channel ends: an unfinished character, as U+FFFD.</summary>
    [Template("{decoder}.decode()")]
    public static extern string Flush(ExecDecoder decoder);
}

/// <summary>A <c>TextDecoder</c> kept for one channel of an exec stream (see <see cref="PodExec.Payload"/>).</summary>
[External]
public sealed class ExecDecoder
{
    private ExecDecoder() { }
}
