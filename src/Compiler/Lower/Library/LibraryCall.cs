using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower.Library;

/// <summary>One use of a library member as the mapping tables see it: the member's overload key
/// (<c>Substring(int,int)</c>, <c>this[int]</c>, <c>Length</c>, <c>.ctor(string)</c>), the already-lowered receiver
/// and arguments, and shortcuts for building JavaScript.</summary>
internal sealed class LibraryCall
{
    public LibraryCall(IOperation operation, ISymbol member, JsExpr? receiver, IReadOnlyList<JsExpr> arguments,
        ILoweringContext context, JsExpr? value = null)
    {
        Operation = operation;
        Member = member;
        Receiver = receiver;
        Args = arguments;
        Context = context;
        Value = value;
    }

    public IOperation Operation { get; }
    public ISymbol Member { get; }
    public JsExpr? Receiver { get; }
    public IReadOnlyList<JsExpr> Args { get; }
    public ILoweringContext Context { get; }

    /// <summary>The assigned value of a property or indexer set.</summary>
    public JsExpr? Value { get; }

    public JsExpr This => Receiver!;
    public JsExpr this[int index] => Args[index];

    public IMethodSymbol? Method => Member as IMethodSymbol;

    /// <summary>The type arguments of a generic method (e.g. TSource of Select).</summary>
    public IReadOnlyList<ITypeSymbol> TypeArguments => Method?.TypeArguments ?? [];

    /// <summary>The type of the receiver (the constructed containing type for instance members).</summary>
    public INamedTypeSymbol ContainingType => Member.ContainingType;

    /// <summary>The static type of the receiver expression (before conversions), for instance members.</summary>
    public ITypeSymbol? InstanceType
    {
        get
        {
            var instance = Operation switch
            {
                IInvocationOperation invocation => invocation.Instance,
                IPropertyReferenceOperation property => property.Instance,
                _ => null,
            };
            while (instance is IConversionOperation { IsImplicit: true } conversion) instance = conversion.Operand;
            return instance?.Type;
        }
    }

    /// <summary>The type of the result of the operation.</summary>
    public ITypeSymbol? ResultType => Operation.Type;

    /// <summary>The static type of the argument expression at <paramref name="index"/> before any implicit conversion.</summary>
    public ITypeSymbol? ArgType(int index)
    {
        var argument = Operation switch
        {
            IInvocationOperation invocation => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index)?.Value,
            IObjectCreationOperation creation => creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index)?.Value,
            IPropertyReferenceOperation property => property.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index)?.Value,
            _ => null,
        };
        while (argument is IConversionOperation { IsImplicit: true } conversion)
            argument = conversion.Operand;
        return argument?.Type;
    }

    /// <summary>The argument operation at <paramref name="index"/> (after implicit conversions were stripped).</summary>
    public IOperation? ArgOperation(int index)
    {
        var argument = Operation switch
        {
            IInvocationOperation invocation => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index)?.Value,
            IObjectCreationOperation creation => creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index)?.Value,
            _ => null,
        };
        while (argument is IConversionOperation { IsImplicit: true } conversion)
            argument = conversion.Operand;
        return argument;
    }

    /// <summary>The constant value of the argument at <paramref name="index"/>, if it is a compile-time constant.</summary>
    public object? ArgConstant(int index) => ArgOperation(index)?.ConstantValue is { HasValue: true } c ? c.Value : null;

    public bool ArgIsConstant(int index) => ArgOperation(index)?.ConstantValue.HasValue == true;

    public JsIdentifier Helper(string name) => Context.Helper(name);
    public JsExpr Call(string helper, params JsExpr[] args) => Js.Call(Context.Helper(helper), args);
    public static JsExpr CallOn(JsExpr target, string name, params JsExpr[] args) => Js.CallMethod(target, name, args);
    public static JsExpr Prop(JsExpr target, string name) => Js.Dot(target, name);

    /// <summary>A receiver or argument that is used twice: a temp assigned once when it is not a plain name.</summary>
    public (JsExpr First, JsExpr Again) Twice(JsExpr expr) => LibraryLoweringBase.Twice(expr, Context);
}
