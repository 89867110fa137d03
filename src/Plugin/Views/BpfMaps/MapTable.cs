using System.Collections.Generic;
using Kmesh.Model.Identity;
using Kmesh.Model.Json;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>One row of a map table: the decoded cells shown in columns, the entry's parsed JSON (formatted only when
/// the row is opened) and, for dual-engine maps, the config-dump entities its values tie to.</summary>
public sealed record MapRow(IReadOnlyList<string> Cells, JsonValue? Raw, RowIdentity? Identity);

/// <summary>One tab of the inspector: a BPF map (or kernel-native resource list) as a table.</summary>
public sealed record MapTable(string Label, IReadOnlyList<string> Columns, IReadOnlyList<MapRow> Rows, string EmptyMessage);

/// <summary>What the inspector shows for one dump: the tables, or why there are none.</summary>
public sealed record MapDump(IReadOnlyList<MapTable>? Tables, string? Error)
{
    public static MapDump Failed(string error) => new MapDump(null, error);
}
