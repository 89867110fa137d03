using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

/// <summary>
/// Lowers members of .NET library types (anything whose containing type lives in a <c>System.*</c> namespace:
/// string, char, Math, numbers, Console, List/Dictionary/HashSet/arrays, LINQ, StringBuilder, Convert, Task…).
/// The core lowering calls this for every such member after lowering receiver and arguments itself;
/// a <c>null</c> result means "not supported" and becomes a KJS error at the operation's location.
/// Exceptions (System.*Exception and their Message/InnerException/ParamName), delegates (Invoke) and
/// numeric operators/conversions are handled by the core and never reach this hook.
/// </summary>
/// <remarks>
/// Arguments are passed in parameter order, one per parameter: defaults are already filled in, a params
/// parameter arrives as one <see cref="JsArray"/>, the <c>this</c> argument of an extension method is
/// <c>arguments[0]</c> (receiver is then null), lambdas are already arrow functions, and an <c>out</c>/<c>ref</c>
/// argument arrives as an assignable target (an identifier or member) the lowering may assign to.
/// Receivers and arguments may have side effects; use <see cref="ILoweringContext.Temp"/> when one must be
/// evaluated more than once.
/// Implementations: every non-abstract class in this assembly implementing this interface with a public
/// parameterless constructor is used, ordered by full type name; the first non-null answer wins.
/// Runtime helpers live in <c>Runtime/&lt;Area&gt;/$name.js</c> (one top-level declaration, optional first line
/// <c>// requires: $a $b</c>) and are requested by name through <see cref="ILoweringContext.Helper"/>.
/// </remarks>
public interface ILibraryLowering
{
    /// <summary>A method call, e.g. <c>s.Substring(1, 2)</c>, <c>list.Where(f)</c>, <c>Math.Max(a, b)</c>.</summary>
    JsExpr? LowerInvocation(IInvocationOperation operation, JsExpr? receiver, IReadOnlyList<JsExpr> arguments, ILoweringContext context);

    /// <summary>A property read or indexer get, e.g. <c>s.Length</c>, <c>list.Count</c>, <c>dict[key]</c>, <c>DateTime.Now</c>.</summary>
    JsExpr? LowerPropertyGet(IPropertyReferenceOperation operation, JsExpr? receiver, IReadOnlyList<JsExpr> indexArguments, ILoweringContext context);

    /// <summary>A property write or indexer set, e.g. <c>list[i] = v</c>, <c>dict[key] = v</c>. Must evaluate to <paramref name="value"/>.</summary>
    JsExpr? LowerPropertySet(IPropertyReferenceOperation operation, JsExpr? receiver, IReadOnlyList<JsExpr> indexArguments, JsExpr value, ILoweringContext context);

    /// <summary>A static or instance field read of a library type that is not a constant, e.g. <c>string.Empty</c>.</summary>
    JsExpr? LowerFieldGet(IFieldReferenceOperation operation, JsExpr? receiver, ILoweringContext context);

    /// <summary><c>new T(...)</c> of a library type, e.g. <c>new List&lt;int&gt;()</c>, <c>new StringBuilder()</c>.
    /// Object/collection initializers are applied by the core afterwards through the other hooks.</summary>
    JsExpr? LowerObjectCreation(IObjectCreationOperation operation, IReadOnlyList<JsExpr> arguments, ILoweringContext context);

    /// <summary>A conversion whose operator method belongs to a library type (e.g. an implicit operator), or a
    /// conversion the core does not know between library types. Return the operand itself for identity.</summary>
    JsExpr? LowerConversion(IConversionOperation operation, JsExpr operand, ILoweringContext context);

    /// <summary>Text of a value as .NET's <c>ToString()</c> would produce it (used for interpolation holes and
    /// string concatenation). <paramref name="format"/> is a format string such as "N0" or null.</summary>
    JsExpr? LowerToString(JsExpr value, ITypeSymbol? type, string? format, ILoweringContext context);

    /// <summary>A library method used as a value (method group → delegate), e.g. <c>items.Select(int.Parse)</c>;
    /// return a function expression. <paramref name="receiver"/> is null for static methods.</summary>
    JsExpr? LowerMethodGroup(IMethodReferenceOperation operation, JsExpr? receiver, ILoweringContext context) => null;

    /// <summary>A binary operator defined by a library type (e.g. <c>DateTime - DateTime</c>, <c>TimeSpan + TimeSpan</c>).</summary>
    JsExpr? LowerOperator(IBinaryOperation operation, JsExpr left, JsExpr right, ILoweringContext context) => null;

    /// <summary><c>var (a, b) = value</c> for a library type with a Deconstruct method (e.g. KeyValuePair):
    /// return a JS array of the parts, in order.</summary>
    JsExpr? LowerDeconstruct(IOperation value, JsExpr loweredValue, ILoweringContext context) => null;
}

/// <summary>What the core lowering offers to a library lowering.</summary>
public interface ILoweringContext
{
    /// <summary>Requests the runtime helper <paramref name="name"/> (e.g. "$str") and returns its identifier; the
    /// helper and its dependencies are emitted once into the bundle.</summary>
    JsIdentifier Helper(string name);

    /// <summary>A fresh local (declared before the current statement) for values needed more than once.</summary>
    JsIdentifier Temp();

    /// <summary>Lowers any operation with the core lowering (for operands not already passed in).</summary>
    JsExpr Lower(IOperation operation);

    /// <summary>The text of a value of the given type, as the core does for interpolation (enums print their names,
    /// records their .NET ToString, char a one-character string, bool True/False, null empty).</summary>
    JsExpr ToDisplayString(JsExpr value, ITypeSymbol? type);

    /// <summary>Reports an error at the operation's location (use for a supported member used in an unsupported way).</summary>
    void Error(IOperation operation, string code, string message);

    /// <summary>True for types whose values are plain JSON (k8s.Models and [JsonShape] types).</summary>
    bool IsJsonShape(ITypeSymbol? type);

    /// <summary>True when <paramref name="type"/> is a C# <c>enum</c> lowered to a frozen object; <see cref="EnumObject"/> gives that object.</summary>
    JsExpr? EnumObject(ITypeSymbol? type);

    /// <summary>The kind a boxed value of <paramref name="type"/> (or of its underlying type when nullable) carries
    /// at run time (see <c>$Box</c>), or null when the JavaScript value already says enough.</summary>
    JsExpr? BoxKind(ITypeSymbol type);

    Compilation Compilation { get; }
}
