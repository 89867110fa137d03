using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>One command run through Headlamp's pod exec stream, collected into an <see cref="ExecOutput"/>.
/// The stream closing ends the command; a stream that closes without any output was refused (no pods/exec
/// permission) or could not start, and an access review tells which.</summary>
internal sealed class ExecSession
{
    private const int TimeoutMs = 20000;
    private readonly StringBuilder stdout = new StringBuilder();
    private readonly StringBuilder stderr = new StringBuilder();
    // One decoder per channel, for the whole stream: a multi-megabyte dump arrives in hundreds of messages.
    private readonly ExecDecoder stdoutDecoder = PodExec.NewDecoder();
    private readonly ExecDecoder stderrDecoder = PodExec.NewDecoder();
    private readonly ExecDecoder statusDecoder = PodExec.NewDecoder();
    private readonly string pod;
    private bool received;
    private bool done;
    private int timer;
    private ExecHandle? handle;
    private System.Action<ExecOutput>? resolve;

    private ExecSession(string pod) => this.pod = pod;

    public static Task<ExecOutput> Run(string pod, IReadOnlyList<string> argv)
    {
        var session = new ExecSession(pod);
        return Browser.NewPromise<ExecOutput>(resolve => session.Start(resolve, argv));
    }

    private void Start(System.Action<ExecOutput> resolveWith, IReadOnlyList<string> argv)
    {
        resolve = resolveWith;
        KmeshSettings settings = KmeshConfig.Current();
        var target = new V1Pod { Metadata = new V1ObjectMeta { Name = pod, NamespaceProperty = settings.Namespace } };
        var command = new string[argv.Count];
        for (int i = 0; i < argv.Count; i++) command[i] = argv[i];
        timer = Browser.SetTimeout(() => Finish(Collected(new HeadlampApiError(408, $"the exec stream to pod {pod} timed out"))), TimeoutMs);
        handle = PodExec.Start(target, settings.Container, message => OnMessage(message), new ExecOptions
        {
            Command = command,
            Tty = false,
            Stdin = false,
            Stdout = true,
            Stderr = true,
            FailCb = () => OnClosed(),
        });
    }

    private void OnMessage(ExecMessage message)
    {
        int channel = PodExec.Channel(message);
        if (channel == 1) stdout.Append(PodExec.Payload(message, stdoutDecoder));
        else if (channel == 2) stderr.Append(PodExec.Payload(message, stderrDecoder));
        else if (channel == 3)
        {
            string text = PodExec.Payload(message, statusDecoder);
            if (text.Contains("\"Failure\"")) stderr.Append('\n').Append(text);
        }
        if (channel >= 1 && channel <= 3) received = true;
    }

    /// <summary>What the command printed, the decoders' unfinished characters included.</summary>
    private ExecOutput Collected(HeadlampApiError? error) => new ExecOutput(
        stdout.Append(PodExec.Flush(stdoutDecoder)).ToString(), stderr.Append(PodExec.Flush(stderrDecoder)).ToString(), error);

    private void OnClosed()
    {
        if (done) return;
        if (received)
        {
            Finish(Collected(null));
            return;
        }
        _ = ExplainSilentClose();
    }

    private async Task ExplainSilentClose()
    {
        KmeshSettings settings = KmeshConfig.Current();
        bool? allowed = await AccessReview.IsAllowed("create", "pods", "exec", settings.Namespace);
        HeadlampApiError error = allowed == false
            ? new HeadlampApiError(403, $"Forbidden - pods/exec in namespace {settings.Namespace}")
            : new HeadlampApiError(0, $"the exec stream to pod {pod} closed without output: container {settings.Container} is not running or the connection was refused");
        Finish(new ExecOutput("", "", error));
    }

    private void Finish(ExecOutput output)
    {
        if (done) return;
        done = true;
        Browser.ClearTimeout(timer);
        handle?.Cancel();
        resolve!(output);
    }
}
