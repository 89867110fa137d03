using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower.Library;

/// <summary>Turning arguments typed <c>object</c> into their .NET text. Boxing erases the static type at run time
/// (a char is a number in JavaScript), so the text is chosen here from the type the argument had before boxing.</summary>
internal static class TextArray
{
    /// <summary>The elements of a params argument with the static types they had before conversion to the
    /// element type; null when the argument is an existing array rather than an expanded params list.</summary>
    public static IReadOnlyList<(JsExpr Value, ITypeSymbol? Type)>? ParamsElements(LibraryCall c, int index)
    {
        if (c.Args[index] is not JsArray array || array.Elements.Any(e => e is null or JsSpread)) return null;
        var argument = c.Operation switch
        {
            IInvocationOperation invocation => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index),
            IObjectCreationOperation creation => creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index),
            _ => null,
        };
        if (argument is null || argument.ArgumentKind is not (ArgumentKind.ParamArray or ArgumentKind.ParamCollection)) return null;
        IReadOnlyList<IOperation> values = argument.Value switch
        {
            IArrayCreationOperation { Initializer: { } init } => init.ElementValues,
            IArrayCreationOperation => [],
            ICollectionExpressionOperation collection => collection.Elements,
            _ => [],
        };
        if (values.Count != array.Elements.Count) return null;
        return array.Elements.Select((e, i) => (e!, StaticType(values[i]))).ToList();
    }

    /// <summary>The type of an expression before implicit conversions (boxing to object, char to int…).</summary>
    public static ITypeSymbol? StaticType(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation.Type;
    }

    /// <summary>The params argument at <paramref name="index"/> as an array of texts; an existing object[] is
    /// converted element by element at run time with <c>$str</c>.</summary>
    public static JsExpr Of(LibraryCall c, int index)
    {
        var elements = ParamsElements(c, index);
        if (elements is null) return Js.Call(Js.Dot(Js.Id("Array"), "from"), c[index], c.Helper("$str"));
        return new JsArray([.. elements.Select(e => c.Context.ToDisplayString(e.Value, e.Type))]);
    }

    /// <summary>An arrow turning one element of type <paramref name="type"/> into its text, or undefined for
    /// strings (the join helper already prints null strings as empty).</summary>
    public static JsExpr Mapper(LibraryCall c, ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String) return JsBuild.Undefined;
        var parameter = new JsIdentifier("$e");
        return new JsArrow([parameter], c.Context.ToDisplayString(parameter, type));
    }

    /// <summary>string.Concat of individual arguments: each argument's text joined with +.</summary>
    public static JsExpr Concat(LibraryCall c)
    {
        JsExpr? result = null;
        for (var i = 0; i < c.Args.Count; i++)
        {
            var text = c.Context.ToDisplayString(c[i], c.ArgType(i));
            result = result is null ? text : Js.Bin("+", result, text);
        }
        return result ?? Js.Str("");
    }
}
