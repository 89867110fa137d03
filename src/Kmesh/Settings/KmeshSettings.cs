using System.Collections.Generic;
using Kmesh.Model.Text;

namespace Kmesh.Model.Settings;

/// <summary>Where Kmesh runs and how the plugin may reach it, as the user configures it in Headlamp's plugin settings.
/// <see cref="Defaults"/> are a stock install's (KMESH.md §1, §6).</summary>
public sealed record KmeshSettings(string Namespace, string DaemonSelector, string Container, int AdminPort, int MetricsPort, bool AllowExec)
{
    public const string DefaultNamespace = "kmesh-system";
    public const string DefaultSelector = "app=kmesh";
    public const string DefaultContainer = "kmesh";
    public const int DefaultAdminPort = 15200;
    public const int DefaultMetricsPort = 15020;

    public static readonly KmeshSettings Defaults = new KmeshSettings(DefaultNamespace, DefaultSelector, DefaultContainer, DefaultAdminPort, DefaultMetricsPort, true);

    /// <summary>The labels <see cref="DaemonSelector"/> requires (<c>key=value</c> terms joined by commas).</summary>
    public List<KeyValuePair<string, string>> SelectorTerms()
    {
        var terms = new List<KeyValuePair<string, string>>();
        foreach (string term in DaemonSelector.Split(','))
        {
            int eq = term.IndexOf('=');
            if (eq > 0) terms.Add(new KeyValuePair<string, string>(term.Substring(0, eq).Trim(), term.Substring(eq + 1).Trim()));
        }
        return terms;
    }
}

/// <summary>What the user typed into the settings form, every field optional (absent means the default).</summary>
public sealed record SettingsInput(string? Namespace, string? DaemonSelector, string? Container, string? AdminPort, string? MetricsPort, bool? AllowExec);

/// <summary>The settings a form's input yields, and one message per field that is not valid (then its default
/// stays in force, so a half-typed value never points every view at nothing).</summary>
public sealed record SettingsResult(KmeshSettings Settings, Dictionary<string, string> Errors);

public static class SettingsRules
{
    public const string NamespaceField = "namespace";
    public const string SelectorField = "daemonSelector";
    public const string ContainerField = "container";
    public const string AdminPortField = "adminPort";
    public const string MetricsPortField = "metricsPort";

    public static SettingsResult Resolve(SettingsInput? input)
    {
        var errors = new Dictionary<string, string>();
        KmeshSettings d = KmeshSettings.Defaults;
        if (input is null) return new SettingsResult(d, errors);
        string ns = Text(input.Namespace, d.Namespace, NamespaceField, IsDnsLabel, Say.T("a namespace name: lower-case letters, digits and '-', at most 63"), errors);
        string selector = Text(input.DaemonSelector, d.DaemonSelector, SelectorField, IsSelector, Say.T("one or more key=value terms separated by commas"), errors);
        string container = Text(input.Container, d.Container, ContainerField, IsDnsLabel, Say.T("a container name: lower-case letters, digits and '-', at most 63"), errors);
        int admin = Port(input.AdminPort, d.AdminPort, AdminPortField, errors);
        int metrics = Port(input.MetricsPort, d.MetricsPort, MetricsPortField, errors);
        return new SettingsResult(new KmeshSettings(ns, selector, container, admin, metrics, input.AllowExec ?? d.AllowExec), errors);
    }

    private static string Text(string? value, string fallback, string field, System.Func<string, bool> valid, string expected, Dictionary<string, string> errors)
    {
        string trimmed = (value ?? "").Trim();
        if (trimmed.Length == 0) return fallback;
        if (valid(trimmed)) return trimmed;
        errors[field] = Say.T("\"{{trimmed}}\" is not {{expected}}; using \"{{fallback}}\".", "trimmed", trimmed, "expected", expected, "fallback", fallback);
        return fallback;
    }

    private static int Port(string? value, int fallback, string field, Dictionary<string, string> errors)
    {
        string trimmed = (value ?? "").Trim();
        if (trimmed.Length == 0) return fallback;
        int port = 0;
        bool digits = trimmed.Length <= 5;
        foreach (char c in trimmed)
        {
            if (c < '0' || c > '9') digits = false;
            else port = port * 10 + (c - '0');
        }
        if (digits && port >= 1 && port <= 65535) return port;
        errors[field] = Say.T("\"{{trimmed}}\" is not a port (1 to 65535); using {{fallback}}.", "trimmed", trimmed, "fallback", fallback);
        return fallback;
    }

    public static bool IsDnsLabel(string name)
    {
        if (name.Length == 0 || name.Length > 63 || name[0] == '-' || name[name.Length - 1] == '-') return false;
        foreach (char c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
        }
        return true;
    }

    /// <summary>Equality-based label selector terms only (<c>app=kmesh,tier=node</c>), the form every daemon filter
    /// here can also check natively; set-based selectors are not accepted.</summary>
    public static bool IsSelector(string selector)
    {
        foreach (string term in selector.Split(','))
        {
            int eq = term.IndexOf('=');
            if (eq <= 0 || eq == term.Length - 1) return false;
            string key = term.Substring(0, eq).Trim();
            string value = term.Substring(eq + 1).Trim();
            if (key.Length == 0 || value.Length == 0 || !IsLabelText(key, true) || !IsLabelText(value, false)) return false;
        }
        return true;
    }

    private static bool IsLabelText(string text, bool key)
    {
        foreach (char c in text)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || (key && c == '/');
            if (!ok) return false;
        }
        return true;
    }
}
