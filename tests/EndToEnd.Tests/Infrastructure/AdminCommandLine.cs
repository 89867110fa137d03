using System;
using System.Collections.Generic;
using Kmesh.Model.Transport;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The exact argv the plugin sends to reach the admin API through exec, built by the model's own
/// <see cref="ExecCommand"/>: <c>/bin/sh -c</c> running curl when the image has it, else bash itself
/// (<c>exec bash -c '…'</c>) with a raw HTTP/1.0 request over <c>/dev/tcp</c>, else a message on stderr and exit 127.
/// </summary>
public static class AdminCommandLine
{
    public static IReadOnlyList<string> For(string method, string path, string? jsonBody = null)
    {
        var command = ExecCommand.Build(new AdminRequest(method, path, jsonBody));
        return command.Argv ?? throw new ArgumentException($"the plugin would not send this request: {command.Error}");
    }
}
