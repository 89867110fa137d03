using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

/// <summary>
/// ref/out parameters of your own methods and local functions: the caller passes a cell (<c>$Ref</c>, a getter and a
/// setter over the variable, field or array element) and the callee reads and writes <c>param.v</c>. The location is
/// fixed when the argument is evaluated, as in C#: a receiver or array and index are evaluated once, in argument
/// order, and a null receiver or an index outside the array throws there, before the call.
/// </summary>
public sealed partial class BodyLowering
{
    /// <summary>A parameter passed as a cell: ref/out on a source method or local function (the subset checker
    /// rejects every other ref kind and owner, KJS0108).</summary>
    private bool IsCellParameter(IParameterSymbol parameter) =>
        parameter.RefKind is RefKind.Ref or RefKind.Out
        && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method
        && _p.IsSource(method);

    private JsExpr RefCell(IOperation location)
    {
        switch (location)
        {
            case IDeclarationExpressionOperation declaration:
                return RefCell(declaration.Expression);
            case IParameterReferenceOperation p when IsCellParameter(p.Parameter):
                return new JsIdentifier(LocalName(p.Parameter));
            case ILocalReferenceOperation or IParameterReferenceOperation:
                return VariableCell(Expr(location));
            case IDiscardOperation:
                return VariableCell(Temp());
            case IFieldReferenceOperation f when f.Field.ContainingType is { IsTupleType: true }:
                return Js.Call(Helper("$refMember"), Expr(f.Instance!), Js.Num(TupleIndex(f.Field)));
            case IFieldReferenceOperation f when !_p.IsLibrary(f.Field):
                return Js.Call(Helper("$refMember"), f.Field.IsStatic ? StaticOwner(f.Field.ContainingType) : Expr(f.Instance!),
                    Js.Str(_p.Names.MemberName(f.Field)));
            case IArrayElementReferenceOperation { ArrayReference.Type: IArrayTypeSymbol { ElementType: { IsReferenceType: true, IsSealed: false } } }:
                // .NET checks the array's run-time element type here (covariance); erased types cannot.
                return UnsupportedExpr(location, "a ref/out argument to an element of an array of a non-sealed reference type");
            case IArrayElementReferenceOperation ae when ae.Indices.Length == 1:
                return WithPrefix(() =>
                {
                    var (array, index) = IndexFromEnd(Expr(ae.ArrayReference), ae.Indices[0]);
                    return Js.Call(Helper("$refAt"), array, index);
                });
            default:
                return UnsupportedExpr(location, "this ref/out argument");
        }
    }

    /// <summary><c>new $Ref(() =&gt; x, $v =&gt; x = $v)</c>: the closures see the variable itself, so writes on
    /// either side are seen on the other.</summary>
    private JsExpr VariableCell(JsExpr variable)
    {
        var value = new JsIdentifier("$v");
        return Js.New(Helper("$Ref"), new JsArrow([], variable), new JsArrow([value], Js.Assign(variable, value)));
    }
}
