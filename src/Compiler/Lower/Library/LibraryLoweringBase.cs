using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower.Library;

/// <summary>
/// Common shape of the library mappings: each subclass names the .NET types it maps and answers per member
/// key — <c>Substring(int,int)</c> for a method overload, <c>Length</c> for a property or field, <c>this[int]</c>
/// for an indexer, <c>.ctor(string)</c> for a constructor. Anything a subclass does not answer stays null, which
/// the core reports as an unsupported member.
/// </summary>
internal abstract class LibraryLoweringBase : ILibraryLowering
{
    /// <summary>Metadata names of the mapped types, e.g. <c>System.String</c>, <c>System.Collections.Generic.List`1</c>.</summary>
    protected abstract IReadOnlyCollection<string> Types { get; }

    protected virtual JsExpr? Invoke(string key, LibraryCall call) => null;
    protected virtual JsExpr? Get(string key, LibraryCall call) => null;
    protected virtual JsExpr? Set(string key, LibraryCall call) => null;
    protected virtual JsExpr? Create(string key, LibraryCall call) => null;
    protected virtual JsExpr? Convert(IConversionOperation operation, JsExpr operand, ILoweringContext context) => null;
    protected virtual JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) => null;
    protected virtual JsExpr? Operator(IBinaryOperation operation, JsExpr left, JsExpr right, ILoweringContext context) => null;
    protected virtual JsExpr? Deconstruct(ITypeSymbol type, JsExpr value, ILoweringContext context) => null;

    public JsExpr? LowerOperator(IBinaryOperation operation, JsExpr left, JsExpr right, ILoweringContext context) =>
        operation.OperatorMethod is { } method && IsMapped(method.ContainingType) ? Operator(operation, left, right, context) : null;

    public JsExpr? LowerDeconstruct(IOperation value, JsExpr loweredValue, ILoweringContext context) =>
        value.Type is INamedTypeSymbol type && IsMapped(type) ? Deconstruct(type, loweredValue, context) : null;

    /// <summary>A library method used as a delegate (<c>items.Select(int.Parse)</c>): an arrow over the same
    /// mapping as a call, with the parameters as arguments.</summary>
    public JsExpr? LowerMethodGroup(IMethodReferenceOperation operation, JsExpr? receiver, ILoweringContext context)
    {
        var method = operation.Method;
        if (!IsMapped(method.ContainingType)) return null;
        if (receiver is not null and not (JsIdentifier or JsThis)) return null;
        var parameters = method.Parameters.Select((_, i) => new JsIdentifier("$p" + i)).ToList();
        var call = new LibraryCall(operation, method, receiver, parameters, context);
        var body = Invoke(MemberKeys.Of(method), call);
        return body is null ? null : new JsArrow([.. parameters], body);
    }

    public JsExpr? LowerInvocation(IInvocationOperation operation, JsExpr? receiver, IReadOnlyList<JsExpr> arguments, ILoweringContext context)
    {
        var method = operation.TargetMethod;
        if (!IsMapped(method.ContainingType)) return null;
        return Invoke(MemberKeys.Of(method), new LibraryCall(operation, method, receiver, arguments, context));
    }

    public JsExpr? LowerPropertyGet(IPropertyReferenceOperation operation, JsExpr? receiver, IReadOnlyList<JsExpr> indexArguments, ILoweringContext context)
    {
        var property = operation.Property;
        if (!IsMapped(property.ContainingType)) return null;
        return Get(MemberKeys.Of(property), new LibraryCall(operation, property, receiver, indexArguments, context));
    }

    public JsExpr? LowerPropertySet(IPropertyReferenceOperation operation, JsExpr? receiver, IReadOnlyList<JsExpr> indexArguments, JsExpr value, ILoweringContext context)
    {
        var property = operation.Property;
        if (!IsMapped(property.ContainingType)) return null;
        return Set(MemberKeys.Of(property), new LibraryCall(operation, property, receiver, indexArguments, context, value));
    }

    public JsExpr? LowerFieldGet(IFieldReferenceOperation operation, JsExpr? receiver, ILoweringContext context)
    {
        var field = operation.Field;
        if (!IsMapped(field.ContainingType)) return null;
        return Get(field.Name, new LibraryCall(operation, field, receiver, [], context));
    }

    public JsExpr? LowerObjectCreation(IObjectCreationOperation operation, IReadOnlyList<JsExpr> arguments, ILoweringContext context)
    {
        if (operation.Constructor is not { } constructor || !IsMapped(constructor.ContainingType)) return null;
        return Create(MemberKeys.Of(constructor), new LibraryCall(operation, constructor, null, arguments, context));
    }

    public JsExpr? LowerConversion(IConversionOperation operation, JsExpr operand, ILoweringContext context)
    {
        var method = operation.OperatorMethod;
        if (method is not null && !IsMapped(method.ContainingType)) return null;
        return Convert(operation, operand, context);
    }

    public JsExpr? LowerToString(JsExpr value, ITypeSymbol? type, string? format, ILoweringContext context)
    {
        if (type is null) return null;
        if (JsBuild.IsNullableValue(type, out var underlying))
        {
            if (underlying is not INamedTypeSymbol inner || !IsMapped(inner)) return null;
            var (first, again) = Twice(value, context);
            var text = Text(again, underlying, format, context);
            return text is null ? null : new JsConditional(Js.Bin("==", first, JsNull.Instance), Js.Str(""), text);
        }
        return type is INamedTypeSymbol named && IsMapped(named) ? Text(value, type, format, context) : null;
    }

    /// <summary>An expression used twice: a temp assigned once when it is not a plain name or literal.</summary>
    internal static (JsExpr First, JsExpr Again) Twice(JsExpr expr, ILoweringContext context)
    {
        if (expr is JsIdentifier or JsThis or JsString or JsNumber or JsBool or JsNull) return (expr, expr);
        var temp = context.Temp();
        return (new JsAssign(temp, expr), temp);
    }

    private bool IsMapped(INamedTypeSymbol? type) => type is not null && Types.Contains(MemberKeys.TypeName(type));
}
