using System;
using System.Collections.Generic;
using Kmesh.Model.Identity;
using Kmesh.Model.Json;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>One row of a map table: the decoded cells shown in columns, the entry's parsed JSON (formatted only when
/// the row is opened) and, for dual-engine maps, the config-dump entities its values tie to. Built for the rows shown.</summary>
public sealed record MapRow(IReadOnlyList<string> Cells, JsonValue? Raw, RowIdentity? Identity);

/// <summary>One tab of the inspector: a BPF map (or kernel-native resource list) as a table. A node's maps hold tens of
/// thousands of entries, so the rows are kept by column (one array per column, the entries' JSON and identities) and
/// a <see cref="MapRow"/> is made only for a row that is shown. A table given a row writer is built when first read, or
/// before that a chunk at a time (<see cref="BuildSome"/>): only the tab shown is built before the page is drawn.</summary>
public sealed class MapTable
{
    private readonly string[][] cells;
    private readonly JsonValue?[] raw;
    // What the rows tie to: the entities per row (lists the identity index shares between rows tied to one entity
    // alone), and the whole identity only for rows with untied values or candidates.
    private readonly IReadOnlyList<EntityRef>[]? entities;
    private readonly Dictionary<int, RowIdentity> qualified = new Dictionary<int, RowIdentity>();
    // Until every row is built: what writes a row's cells and tells its identity (they hold the typed entries and
    // the identity index, let go once the table is built).
    private Action<int, string[][]>? writeCells;
    private Func<int, RowIdentity>? identityOf;
    private int built;

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
        built = Count;
        if (identities is not null && identities.Length > 0)
        {
            entities = new IReadOnlyList<EntityRef>[identities.Length];
            for (int r = 0; r < identities.Length; r++) Keep(r, identities[r]);
        }
    }

    /// <summary>A table of <paramref name="raw"/>.Length rows built later: <paramref name="writeCells"/> writes row r's
    /// cells (into cells[column][r]) and <paramref name="identityOf"/>, when the rows carry identities, tells row r's.</summary>
    public MapTable(string label, IReadOnlyList<string> columns, JsonValue?[] raw, Action<int, string[][]> writeCells,
        Func<int, RowIdentity>? identityOf, string emptyMessage)
    {
        Label = label;
        Columns = columns;
        EmptyMessage = emptyMessage;
        Count = raw.Length;
        this.raw = raw;
        cells = new string[columns.Count][];
        for (int c = 0; c < cells.Length; c++) cells[c] = new string[Count];
        if (identityOf is not null && Count > 0) entities = new IReadOnlyList<EntityRef>[Count];
        this.writeCells = writeCells;
        this.identityOf = identityOf;
        built = 0;
        if (Count == 0) Release();
    }

    /// <summary>True once every row is built.</summary>
    public bool Built => built == Count;

    /// <summary>Builds up to <paramref name="rows"/> more rows, in order; true once every row is built.</summary>
    public bool BuildSome(int rows)
    {
        int end = built + rows < Count ? built + rows : Count;
        for (int r = built; r < end; r++)
        {
            writeCells!(r, cells);
            if (identityOf is not null) Keep(r, identityOf(r));
        }
        built = end;
        if (built == Count) Release();
        return built == Count;
    }

    private void Complete()
    {
        if (built < Count) BuildSome(Count - built);
    }

    private void Release()
    {
        writeCells = null;
        identityOf = null;
    }

    private void Keep(int row, RowIdentity identity)
    {
        entities![row] = identity.Entities;
        if (identity.Untied.Count > 0 || identity.Candidates) qualified[row] = identity;
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

    public string Cell(int row, int column)
    {
        Complete();
        return cells[column][row];
    }

    public RowIdentity? Identity(int row)
    {
        if (entities is null) return null;
        Complete();
        return qualified.TryGetValue(row, out RowIdentity? identity) ? identity : new RowIdentity(entities[row], RowIdentity.NoValues, false);
    }

    /// <summary>How many rows hold values that tie to nothing.</summary>
    public int Untied
    {
        get
        {
            Complete();
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
        Complete();
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
