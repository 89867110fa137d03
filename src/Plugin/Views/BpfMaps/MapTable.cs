using System.Collections.Generic;
using Kmesh.Model.Identity;
using Kmesh.Model.Json;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>One row of a map table: the decoded cells shown in columns, the entry's parsed JSON (formatted only when
/// the row is opened) and, for dual-engine maps, the config-dump entities its values tie to. Built for the rows shown.</summary>
public sealed record MapRow(IReadOnlyList<string> Cells, JsonValue? Raw, RowIdentity? Identity);

/// <summary>One tab of the inspector: a BPF map (or kernel-native resource list) as a table. A node's maps hold tens of
/// thousands of entries, so the rows are kept by column (one array per column, the entries' JSON and identities) and
/// a <see cref="MapRow"/> is made only for a row that is shown.</summary>
public sealed class MapTable
{
    private readonly string[][] cells;
    private readonly JsonValue?[] raw;
    // What the rows tie to: the entities per row (lists the identity index shares between rows tied to one entity
    // alone), and the whole identity only for rows with untied values or candidates.
    private readonly IReadOnlyList<EntityRef>[]? entities;
    private readonly Dictionary<int, RowIdentity> qualified = new Dictionary<int, RowIdentity>();

    public MapTable(string label, IReadOnlyList<string> columns, IReadOnlyList<MapRow> rows, string emptyMessage)
        : this(label, columns, ByColumn(columns.Count, rows), RawOf(rows), IdentitiesOf(rows), emptyMessage)
    {
    }

    /// <summary>A table from its columns' cells (<paramref name="cells"/>[column][row]), each row's JSON and, when the
    /// rows carry them, their identities (the arrays are kept, not copied).</summary>
    public MapTable(string label, IReadOnlyList<string> columns, string[][] cells, JsonValue?[] raw, RowIdentity[]? identities, string emptyMessage)
    {
        Label = label;
        Columns = columns;
        EmptyMessage = emptyMessage;
        Count = raw.Length;
        this.cells = cells;
        this.raw = raw;
        if (identities is not null && identities.Length > 0)
        {
            entities = new IReadOnlyList<EntityRef>[identities.Length];
            for (int r = 0; r < identities.Length; r++)
            {
                RowIdentity identity = identities[r];
                entities[r] = identity.Entities;
                if (identity.Untied.Count > 0 || identity.Candidates) qualified[r] = identity;
            }
        }
    }

    private static string[][] ByColumn(int columns, IReadOnlyList<MapRow> rows)
    {
        var cells = new string[columns][];
        for (int c = 0; c < columns; c++)
        {
            var column = new string[rows.Count];
            for (int r = 0; r < rows.Count; r++) column[r] = c < rows[r].Cells.Count ? rows[r].Cells[c] : "";
            cells[c] = column;
        }
        return cells;
    }

    private static JsonValue?[] RawOf(IReadOnlyList<MapRow> rows)
    {
        var raw = new JsonValue?[rows.Count];
        for (int r = 0; r < rows.Count; r++) raw[r] = rows[r].Raw;
        return raw;
    }

    /// <summary>The rows' identities when the first row has one (a row without one then has none), else null.</summary>
    private static RowIdentity[]? IdentitiesOf(IReadOnlyList<MapRow> rows)
    {
        if (rows.Count == 0 || rows[0].Identity is null) return null;
        var identities = new RowIdentity[rows.Count];
        for (int r = 0; r < rows.Count; r++) identities[r] = rows[r].Identity ?? RowIdentity.None;
        return identities;
    }

    public string Label { get; }
    public IReadOnlyList<string> Columns { get; }
    public string EmptyMessage { get; }

    /// <summary>How many entries the map holds.</summary>
    public int Count { get; }

    /// <summary>True when the rows carry what their values tie to (dual-engine maps read with a config dump).</summary>
    public bool HasIdentity => entities is not null;

    public string Cell(int row, int column) => cells[column][row];

    public RowIdentity? Identity(int row)
    {
        if (entities is null) return null;
        return qualified.TryGetValue(row, out RowIdentity? identity) ? identity : new RowIdentity(entities[row], RowIdentity.NoValues, false);
    }

    /// <summary>How many rows hold values that tie to nothing.</summary>
    public int Untied
    {
        get
        {
            int untied = 0;
            foreach (RowIdentity identity in qualified.Values)
            {
                if (identity.Untied.Count > 0) untied++;
            }
            return untied;
        }
    }

    /// <summary>Row <paramref name="row"/> as one value, for showing it.</summary>
    public MapRow Row(int row)
    {
        var rowCells = new string[cells.Length];
        for (int c = 0; c < cells.Length; c++) rowCells[c] = cells[c][row];
        return new MapRow(rowCells, raw[row], Identity(row));
    }
}

/// <summary>What the inspector shows for one dump: the tables, or why there are none.</summary>
public sealed record MapDump(IReadOnlyList<MapTable>? Tables, string? Error)
{
    public static MapDump Failed(string error) => new MapDump(null, error);
}
