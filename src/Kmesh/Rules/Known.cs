using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>Why a fact is not known. <see cref="NotInstalled"/> is a known absence (the API group or resource is not
/// served), so views may draw conclusions from it; every other state means "unknown", never "none".</summary>
public enum KnownState { Known, Loading, Forbidden, NotInstalled, Failed, Unreadable }

/// <summary>A value read from one source, or the precise reason it could not be read. The one meaning of "unknown"
/// every view uses: forbidden, still loading, failed or unreadable, each with its reason.</summary>
public sealed class Known<T>
{
    private Known(KnownState state, T? value, string reason)
    {
        State = state;
        Value = value;
        Reason = reason;
    }

    public KnownState State { get; }
    public T? Value { get; }

    /// <summary>What kept the value unknown (or why it is absent), for the user; "" when known.</summary>
    public string Reason { get; }

    public bool IsKnown => State == KnownState.Known;
    public bool IsNotInstalled => State == KnownState.NotInstalled;

    public static Known<T> Of(T value) => new Known<T>(KnownState.Known, value, "");
    public static Known<T> Loading(string reason) => new Known<T>(KnownState.Loading, default, reason);
    public static Known<T> Forbidden(string reason) => new Known<T>(KnownState.Forbidden, default, reason);
    public static Known<T> NotInstalled(string reason) => new Known<T>(KnownState.NotInstalled, default, reason);
    public static Known<T> Failed(string reason) => new Known<T>(KnownState.Failed, default, reason);
    public static Known<T> Unreadable(string reason) => new Known<T>(KnownState.Unreadable, default, reason);

    /// <summary>The same unknown state and reason for a value of another type.</summary>
    public Known<TOther> As<TOther>() => new Known<TOther>(State, default, Reason);

    /// <summary>Why the value is unknown, or null when it is known or known to be absent (not installed).</summary>
    public SourceGap? Gap => IsKnown || IsNotInstalled ? null : new SourceGap(State, Reason);

    /// <summary>The value, or <paramref name="fallback"/> when it is not known.</summary>
    public T Or(T fallback) => IsKnown ? Value! : fallback;
}

/// <summary>An unknown source: its state and the precise reason.</summary>
public sealed record SourceGap(KnownState State, string Reason);

/// <summary>The words for unknown values, one wording everywhere.</summary>
public static class Unknowns
{
    public static string Loading => Say.T("still loading");
    public static string Word => Say.T("unknown");

    /// <summary>"unknown (still loading)", "unknown (your account may not list …)".</summary>
    public static string Describe(KnownState state, string reason) =>
        state == KnownState.NotInstalled ? Say.T("not installed ({{reason}})", "reason", reason) : Say.T("unknown ({{reason}})", "reason", reason);
}
