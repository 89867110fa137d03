using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Kmesh.Model.Transport;
using Xunit;
using Kmesh.Model.Settings;

namespace Kmesh.Tests.Transport;

/// <summary>The exec command run by real shells: Debian's /bin/sh is dash, which has no /dev/tcp, so the fallback
/// must hand the request to bash itself. PATH is narrowed to a folder of chosen tools to hide curl (and bash).</summary>
public class ExecCommandShellTests
{
    private static (string Stdout, string Stderr, int Exit) RunSh(IReadOnlyList<string> argv, params string[] tools)
    {
        string bin = Path.Combine(Path.GetTempPath(), "kmesh-exec-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(bin);
        try
        {
            foreach (string tool in tools) File.CreateSymbolicLink(Path.Combine(bin, tool), "/usr/bin/" + tool);
            var start = new ProcessStartInfo(argv[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            for (int i = 1; i < argv.Count; i++) start.ArgumentList.Add(argv[i]);
            start.Environment["PATH"] = bin;
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(20000), "the command did not finish");
            return (stdout.Result, stderr.Result, process.ExitCode);
        }
        finally
        {
            Directory.Delete(bin, true);
        }
    }

    private static bool DashIsSh() => File.Exists("/bin/sh") && File.Exists("/usr/bin/bash") && File.Exists("/usr/bin/cat")
        && (new FileInfo("/bin/sh").LinkTarget ?? "").Contains("dash");

    [Fact]
    public void Without_curl_the_request_goes_through_bash_even_when_sh_is_dash()
    {
        Assert.True(DashIsSh(), "this test needs Debian's dash as /bin/sh and bash in /usr/bin");
        (string stdout, string stderr, int exit) = RunSh(ExecCommand.Build(AdminRequest.Get("/version")).Argv!, "bash", "cat");
        // Today dash itself opened /dev/tcp: "cannot create /dev/tcp/127.0.0.1/15200: Directory nonexistent".
        Assert.DoesNotContain("Directory nonexistent", stderr);
        if (stdout.StartsWith("HTTP/", StringComparison.Ordinal)) return; // something really listens on :15200 here
        Assert.Contains("/dev/tcp/127.0.0.1/15200: Connection refused", stderr);
        Assert.NotEqual(0, exit);
        Assert.Equal(AdminFailureKind.ConnectionRefused, FailureClassifier.FromExecOutput(new ExecOutput(stdout, stderr, null), "kmesh-8hv7d", null).Kind);
    }

    [Fact]
    public void Without_curl_or_bash_the_command_says_so()
    {
        Assert.True(DashIsSh(), "this test needs Debian's dash as /bin/sh");
        (string stdout, string stderr, int exit) = RunSh(ExecCommand.Build(AdminRequest.Get("/version")).Argv!, "cat");
        Assert.Equal("", stdout);
        Assert.Equal(ExecCommand.NoClientMessage + "\n", stderr);
        Assert.Equal(127, exit);
    }

    [Fact]
    public void Through_bash_the_raw_request_reaches_a_listener_intact()
    {
        Assert.True(DashIsSh(), "this test needs Debian's dash as /bin/sh and bash in /usr/bin");
        TcpListener listener;
        try
        {
            listener = new TcpListener(IPAddress.Loopback, KmeshSettings.DefaultAdminPort);
            listener.Start();
        }
        catch (SocketException)
        {
            return; // the admin port is taken on this machine; the refused-connection test covers the path
        }
        try
        {
            Task<string> served = Task.Run(() =>
            {
                using TcpClient client = listener.AcceptTcpClient();
                NetworkStream stream = client.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[4096];
                while (!request.ToString().Contains("\r\n\r\n{"))
                {
                    int n = stream.Read(buffer, 0, buffer.Length);
                    if (n == 0) break;
                    request.Append(Encoding.ASCII.GetString(buffer, 0, n));
                    if (request.ToString().EndsWith("}", StringComparison.Ordinal)) break;
                }
                byte[] answer = Encoding.ASCII.GetBytes("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok");
                stream.Write(answer, 0, answer.Length);
                return request.ToString();
            });
            string body = "{\"name\":\"bpf\",\"level\":\"debug\"}";
            (string stdout, string _, int exit) = RunSh(ExecCommand.Build(AdminRequest.Post("/debug/loggers", body)).Argv!, "bash", "cat");
            Assert.Equal("POST /debug/loggers HTTP/1.0\r\nHost: 127.0.0.1:15200\r\nContent-Type: application/json\r\nContent-Length: 30\r\n\r\n" + body, served.Result);
            Assert.Equal(0, exit);
            Assert.Equal("ok", HttpResponseParser.Parse(stdout).Value!.Body);
        }
        finally
        {
            listener.Stop();
        }
    }
}
