using System;
using System.Text;

namespace Kmesh.Preview.Exec;

/// <summary>What a command run in a container wrote and how it exited.</summary>
public sealed record ExecResult(byte[] Stdout, byte[] Stderr, int ExitCode)
{
    public static ExecResult Failed(string stderr, int exitCode) => new(Array.Empty<byte>(), Encoding.UTF8.GetBytes(stderr), exitCode);
}
