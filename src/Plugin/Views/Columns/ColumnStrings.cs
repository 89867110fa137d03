namespace Kmesh.Plugin.Views.Columns;

/// <summary>The Kmesh column's user-visible strings (the verdict words themselves come from the model).</summary>
public static class ColumnStrings
{
    public const string Label = "Kmesh";
}
