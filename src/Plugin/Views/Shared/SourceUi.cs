using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Rules;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The one place that draws a source's states: one precise warning per source that could not be read, an
/// "unknown" cell (with the reason as its tooltip) where a value depends on it, and loading rows while it loads.
/// Every view, section and table goes through it, so the same state always looks and reads the same.</summary>
public static class SourceUi
{
    /// <summary>One warning per forbidden or failed source (duplicates dropped), or null when all could be read.</summary>
    public static ReactElement? Warnings(params SourceGap?[] gaps)
    {
        var seen = new List<string>();
        var alerts = new List<object?>();
        foreach (SourceGap? gap in gaps)
        {
            if (gap is null || gap.State == KnownState.Loading || seen.Contains(gap.Reason)) continue;
            seen.Add(gap.Reason);
            alerts.Add(Mui.Alert(new AlertProps { Severity = "warning", Key = gap.Reason }, gap.Reason));
        }
        return alerts.Count == 0 ? null : Mui.Box(new BoxProps { Mb = 2, Display = "flex", FlexDirection = "column", Gap = 1 }, alerts.ToArray());
    }

    /// <summary>"unknown" (or "loading") with the reason as a tooltip.</summary>
    public static ReactElement Unknown(SourceGap gap) =>
        gap.State == KnownState.Loading
            ? Ui.Secondary(SharedStrings.Loading)
            : Ui.Status("warning", Unknowns.Word, gap.Reason);

    /// <summary>The rendered value when known; "not installed" text when the source is absent; else unknown.</summary>
    public static object? Cell<T>(Known<T> known, System.Func<T, object?> render)
    {
        if (known.IsKnown) return render(known.Value!);
        if (known.IsNotInstalled) return Ui.Secondary(known.Reason);
        return Unknown(known.Gap!);
    }

    /// <summary>A section over one list: the failure (error alert), a loader, the not-installed text, the empty
    /// message, or the content drawn from the items.</summary>
    public static ReactElement Section<T>(string title, Known<IReadOnlyList<T>> known, string loading, string? empty,
        System.Func<IReadOnlyList<T>, ReactElement?> render)
    {
        if (known.IsKnown)
        {
            IReadOnlyList<T> items = known.Value!;
            return CommonComponents.SectionBox(new SectionBoxProps { Title = title },
                items.Count == 0 && empty is not null ? Ui.Info(empty) : render(items));
        }
        if (known.State == KnownState.Loading) return CommonComponents.SectionBox(new SectionBoxProps { Title = title }, Ui.Loading(loading));
        if (known.IsNotInstalled) return CommonComponents.SectionBox(new SectionBoxProps { Title = title }, Ui.Info(known.Reason));
        return CommonComponents.SectionBox(new SectionBoxProps { Title = title }, Ui.Failure(title, known.Reason, null));
    }
}
