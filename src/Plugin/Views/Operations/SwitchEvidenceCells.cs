using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Operations;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>The switch panel's state and indirect-read cells: memory weighed against the metrics page and log tail.</summary>
public static class SwitchEvidenceCells
{
    /// <summary>Changes whenever a switch of this node is set from here, so the metrics are read again.</summary>
    public static string Key(IReadOnlyList<RememberedSwitch> remembered, string cluster, string node)
    {
        var parts = new List<string>();
        foreach (RememberedSwitch item in remembered)
        {
            if (item is not null && item.Cluster == cluster && item.Node == node) parts.Add(item.Switch + "=" + item.SetAt);
        }
        return string.Join(",", parts);
    }

    public static ReactElement State(RememberedSwitch? remembered, SwitchReads reads, string switchId, List<LogLine> tail)
    {
        SwitchVerdict verdict = SwitchEvidence.Judge(remembered, reads.Reading(switchId, tail), reads.PreviousReading(switchId));
        string status = verdict.Kind == "contradicted" ? "error" : verdict.Kind == "unknown" ? "warning"
            : verdict.Value == "on" && verdict.Kind != "remembered" ? "success" : "";
        return Mui.Box(null, Ui.Status(status, S.VerdictLabel(verdict.Value, verdict.Kind), null), Ui.Secondary(verdict.Detail));
    }

    /// <summary>What was read for this switch: the metrics page (or why not), the log tail, or nothing.</summary>
    public static string Evidence(SwitchReads reads, string switchId, List<LogLine> tail)
    {
        if (SwitchEvidence.MetricsPrefix(switchId).Length > 0)
        {
            if (reads.Latest is null) return S.MetricsNotReadYet;
            if (reads.Latest.Text is null) return S.MetricsUnreadable(reads.Latest.Problem ?? "");
            SwitchReading reading = SwitchEvidence.FromMetrics(switchId, reads.Latest.Text, reads.Latest.At)!;
            return S.MetricsRead(SwitchEvidence.Time(reads.Latest.At), SwitchEvidence.MetricsPrefix(switchId), reading.Seen);
        }
        if (switchId == "accesslog")
        {
            SwitchReading? reading = reads.Reading(switchId, tail);
            return reading is null ? S.NoTail : S.TailRead(reading.Seen ? (int)(reading.Total ?? 0) : 0);
        }
        return S.NoIndirectRead;
    }
}
