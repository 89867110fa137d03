using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower.Library;

/// <summary>CultureInfo.InvariantCulture and NumberFormatInfo.InvariantInfo: the only format providers the
/// compiled code supports, since JavaScript formatting here always follows the invariant culture. They lower to
/// null and members taking a provider accept only them.</summary>
internal sealed class Culture : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
        ["System.Globalization.CultureInfo", "System.Globalization.NumberFormatInfo"];

    protected override JsExpr? Get(string key, LibraryCall c) => key is "InvariantCulture" or "InvariantInfo" ? JsNull.Instance : null;

    /// <summary>True when the provider argument at <paramref name="index"/> is the invariant culture (or null).</summary>
    public static bool IsInvariant(LibraryCall c, int index)
    {
        var argument = c.ArgOperation(index);
        return argument switch
        {
            IPropertyReferenceOperation { Property.Name: "InvariantCulture" or "InvariantInfo" } p =>
                p.Property.ContainingType.ContainingNamespace.ToDisplayString() == "System.Globalization",
            ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } => true,
            _ => false,
        };
    }
}
