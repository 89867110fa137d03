using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Columns;

/// <summary>The Kmesh column's user-visible strings (the verdict words themselves come from the model).</summary>
public static class ColumnStrings
{
    public static string Label => Tr.T("Kmesh");
}
