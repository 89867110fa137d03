using System.Linq;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>Stable, readable keys for library members and types, used by the mapping tables.</summary>
internal static class MemberKeys
{
    private static readonly SymbolDisplayFormat ShortType = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary><c>System.Collections.Generic.List`1</c> for any construction of List&lt;T&gt;.</summary>
    public static string TypeName(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        var prefix = definition.ContainingType is { } outer ? TypeName(outer) + "+"
            : definition.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "."
            : "";
        return prefix + definition.MetadataName;
    }

    /// <summary><c>Substring(int,int)</c>, <c>Where(IEnumerable&lt;TSource&gt;,Func&lt;TSource,bool&gt;)</c>,
    /// <c>.ctor(string)</c>, <c>Length</c>, <c>this[int]</c>.</summary>
    public static string Of(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (definition.ReducedFrom is { } unreduced) definition = unreduced;
        return definition.Name + "(" + string.Join(",", definition.Parameters.Select(p => Type(p.Type))) + ")";
    }

    public static string Of(IPropertySymbol property)
    {
        var definition = property.OriginalDefinition;
        return definition.IsIndexer
            ? "this[" + string.Join(",", definition.Parameters.Select(p => Type(p.Type))) + "]"
            : definition.Name;
    }

    public static string Type(ITypeSymbol type) => type.ToDisplayString(ShortType).Replace(" ", "");
}
