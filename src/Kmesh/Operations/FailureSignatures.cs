using System.Collections.Generic;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

public enum FailureSignatureKind
{
    XdsConnectionRefused,
    MissingKernelFeature,
    BpfLoadFailure,
    Rbac,
}

/// <summary>A known way the Kmesh daemon fails, in plain words: what it means and what to do (worded when shown,
/// so the words follow the language).</summary>
public sealed record FailureSignature(FailureSignatureKind Kind)
{
    public string Title => Kind switch
    {
        FailureSignatureKind.XdsConnectionRefused => Say.T("istiod (xDS) refused the connection"),
        FailureSignatureKind.MissingKernelFeature => Say.T("The node's kernel lacks a feature Kmesh needs"),
        FailureSignatureKind.BpfLoadFailure => Say.T("The eBPF programs failed to load"),
        _ => Say.T("The daemon's service account is not allowed to do something"),
    };

    public string Cause => Kind switch
    {
        FailureSignatureKind.XdsConnectionRefused => Say.T("The daemon could not connect to istiod's xDS port (15012), so it cannot learn services, workloads or policies and exits."),
        FailureSignatureKind.MissingKernelFeature => Say.T("The kernel does not support an eBPF feature the daemon uses (a helper, BTF, or a program type), so the programs cannot be loaded."),
        FailureSignatureKind.BpfLoadFailure => Say.T("The daemon could not load or attach its eBPF programs or maps."),
        _ => Say.T("The Kubernetes API server refused a request of the kmesh service account (Forbidden)."),
    };

    public string Fix => Kind switch
    {
        FailureSignatureKind.XdsConnectionRefused => Say.T("Check that istiod runs and is ready in istio-system (kubectl -n istio-system get pods), that the istiod Service exposes port 15012, and that no NetworkPolicy blocks kmesh-system from reaching it."),
        FailureSignatureKind.MissingKernelFeature => Say.T("Run Kmesh on a supported kernel (see the Kmesh kernel requirements) or use the kernel-native/compatible build for this kernel version."),
        FailureSignatureKind.BpfLoadFailure => Say.T("Check that the daemon runs privileged with /sys/fs/bpf and the cgroup2 filesystem mounted, that no stale Kmesh pins remain under /sys/fs/bpf, and read the verifier message in the line below."),
        _ => Say.T("Reinstall or repair the Kmesh ClusterRole and ClusterRoleBinding for service account kmesh-system/kmesh (helm upgrade restores them); the line names the missing verb and resource."),
    };
}

/// <summary>A signature found in a log, with the line that shows it (the last such line).</summary>
public sealed record SignatureMatch(FailureSignature Signature, LogLine Line);

/// <summary>Names the known failure signatures of the daemon's log lines. Kernel features are checked before BPF
/// loading, because a missing kernel feature usually surfaces as a failed program load.</summary>
public static class FailureSignatures
{
    public static readonly FailureSignature XdsConnectionRefused = new FailureSignature(FailureSignatureKind.XdsConnectionRefused);
    public static readonly FailureSignature MissingKernelFeature = new FailureSignature(FailureSignatureKind.MissingKernelFeature);
    public static readonly FailureSignature BpfLoadFailure = new FailureSignature(FailureSignatureKind.BpfLoadFailure);
    public static readonly FailureSignature Rbac = new FailureSignature(FailureSignatureKind.Rbac);

    public static IReadOnlyList<FailureSignature> All { get; } = new List<FailureSignature>
    {
        XdsConnectionRefused, MissingKernelFeature, BpfLoadFailure, Rbac,
    };

    /// <summary>The signature one line shows, or null.</summary>
    public static FailureSignature? Classify(string line)
    {
        string text = line.ToLowerInvariant();
        if (text.StartsWith("accesslog:", System.StringComparison.Ordinal)) return null;
        bool refused = text.Contains("connection refused") || text.Contains("no such host") || text.Contains("i/o timeout")
            || text.Contains("connection reset");
        if (refused && (text.Contains("xds") || text.Contains(":15012") || text.Contains("istiod") || text.Contains("discovery")))
        {
            return XdsConnectionRefused;
        }
        if (text.Contains("is forbidden") || (text.Contains("forbidden") && text.Contains("serviceaccount")))
        {
            return Rbac;
        }
        bool kernel = (text.Contains("kernel") && (text.Contains("not support") || text.Contains("too old") || text.Contains("does not support") || text.Contains("doesn't support")))
            || text.Contains("unknown func") || text.Contains("btf is not supported") || text.Contains("btf not found")
            || text.Contains("missing btf") || (text.Contains("bpf") && text.Contains("operation not supported"));
        if (kernel) return MissingKernelFeature;
        bool bpf = text.Contains("bpf") || text.Contains("program") || text.Contains("loader");
        bool failed = text.Contains("fail") || text.Contains("error") || text.Contains("permission denied") || text.Contains("invalid argument");
        if (bpf && failed && (text.Contains("load") || text.Contains("attach") || text.Contains("pin")))
        {
            return BpfLoadFailure;
        }
        return null;
    }

    /// <summary>Every signature present in <paramref name="lines"/>, once each, in the order of <see cref="All"/>,
    /// with its last line.</summary>
    public static List<SignatureMatch> Find(IReadOnlyList<LogLine> lines)
    {
        var last = new Dictionary<FailureSignatureKind, LogLine>();
        foreach (LogLine line in lines)
        {
            FailureSignature? signature = Classify(line.Text);
            if (signature is not null) last[signature.Kind] = line;
        }
        var result = new List<SignatureMatch>();
        foreach (FailureSignature signature in All)
        {
            if (last.TryGetValue(signature.Kind, out LogLine? line)) result.Add(new SignatureMatch(signature, line!));
        }
        return result;
    }
}
