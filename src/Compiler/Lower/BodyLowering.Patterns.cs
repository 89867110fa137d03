using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

public sealed partial class BodyLowering
{
    private JsExpr LibraryOperator(IBinaryOperation b, IMethodSymbol method)
    {
        var left = Expr(b.LeftOperand);
        var right = Expr(b.RightOperand);
        foreach (var lib in _p.Libraries)
            if (lib.LowerOperator(b, left, right, this) is { } done) return done;
        Unsupported(b, "KJS0002", $"the operator {method.Name} of {method.ContainingType.ToDisplayString()} is not supported in JavaScript");
        return JsUndefined.Instance;
    }

    // ------------------------------------------------------------------ conversions

    private JsExpr Conversion(IConversionOperation c)
    {
        var from = c.Operand.Type;
        var to = c.Type;
        var conv = Microsoft.CodeAnalysis.CSharp.CSharpExtensions.GetConversion(c);

        // new Dictionary<string, T> { … } target-typed to IDictionary<string, T>: a plain object (JSON shapes).
        if (IsStringDictionaryInterface(to) && c.Operand is IObjectCreationOperation oc && IsDictionaryClass(oc.Type))
            return DictionaryLiteral(oc);

        if (conv.IsUserDefined && conv.MethodSymbol is { } jsonMethod && _p.IsJsonShape(jsonMethod.ContainingType))
        {
            // JSON-shape wrappers such as IntOrString are the raw JSON value (a number or a string).
            var raw = Expr(c.Operand);
            if (to?.SpecialType != SpecialType.System_String) return raw;
            var v = SideEffectFree(raw);
            return new JsConditional(Js.Bin("==", v, JsNull.Instance), JsNull.Instance, Js.Call(Js.Id("String"), v));
        }
        if (conv.IsUserDefined && conv.MethodSymbol is { } method)
        {
            if (_p.IsLibrary(method))
            {
                var operand = Expr(c.Operand);
                foreach (var lib in _p.Libraries)
                    if (lib.LowerConversion(c, operand, this) is { } done) return done;
                return UnsupportedLibrary(c, method);
            }
            return Js.Call(Js.Dot(TypeRef(method.ContainingType), _p.Names.MemberName(method)), Expr(c.Operand));
        }

        var value = Expr(c.Operand);
        if (from is null || to is null || conv.IsIdentity) return value;

        if (to.TypeKind == TypeKind.Delegate || c.Operand is IAnonymousFunctionOperation) return value;
        if (from.SpecialType == SpecialType.System_String && to is INamedTypeSymbol { IsGenericType: true } en
            && en.TypeArguments[0].SpecialType == SpecialType.System_Char && to.Name is "IEnumerable")
            return Js.Call(Helper("$chars"), value);

        if (conv.IsNumeric || (conv.IsNullable && (KindOf(from) != NumKind.Other && KindOf(to) != NumKind.Other)) || conv.IsEnumeration)
        {
            var numeric = NumericConversion(value, ProgramContext.StripNullable(from)!, ProgramContext.StripNullable(to)!, c.IsChecked);
            if (ProgramContext.IsNullableValue(from) && !ProgramContext.IsNullableValue(to))
                numeric = NumericConversion(Js.Call(Helper("$unbox"), value, Js.Bool(true)), ProgramContext.StripNullable(from)!, to, c.IsChecked);
            else if (ProgramContext.IsNullableValue(from) && !ReferenceEquals(numeric, value))
            {
                var v = Capture(value, out var first);
                return new JsConditional(Js.Bin("==", first, JsNull.Instance), JsNull.Instance,
                    NumericConversion(v, ProgramContext.StripNullable(from)!, ProgramContext.StripNullable(to)!, c.IsChecked));
            }
            return numeric;
        }
        if (conv.IsNullable)
        {
            if (ProgramContext.IsNullableValue(from) && !ProgramContext.IsNullableValue(to))
                return Js.Call(Helper("$unbox"), value, Js.Bool(true));
            return value;
        }
        if (conv.IsUnboxing)
        {
            var target = ProgramContext.StripNullable(to)!;
            var nullable = ProgramContext.IsNullableValue(to);
            if (BoxKind(target) is { } kind)
                return Js.Call(Helper("$unboxTo"), value, kind, Js.Bool(nullable));
            if (target.SpecialType == SpecialType.System_Int32)
                return Js.Call(Helper("$unboxTo"), value, Js.Str("int"), Js.Bool(nullable));
            if (nullable) return value;
            return Js.Call(Helper("$cast"), Js.Call(Helper("$unbox"), value, Js.Bool(false)), TypeTestFunction(target, c));
        }
        if (conv.IsBoxing)
        {
            if (from.TypeKind == TypeKind.Enum && IsLibraryObjectParameter(c) && EnumObject(from) is not null)
                return ToDisplayString(value, from);
            if (IsLibraryObjectParameter(c) || IsInteropSink(c) || c.Parent is IArgumentOperation { Parameter.Type.SpecialType: SpecialType.System_Enum })
                return value;
            return Box(value, from);
        }
        if (c.IsTryCast)
        {
            var v = Capture(value, out var first);
            var test = from is not null && IsStaticallyKnown(from, to) ? Js.Bin("!=", v, JsNull.Instance) : TypeTest(v, ProgramContext.StripNullable(to)!, c);
            if (ReferenceEquals(v, first)) return new JsConditional(test, v, JsNull.Instance);
            return new JsSequence([first, new JsConditional(test, v, JsNull.Instance)]);
        }
        if (conv.IsReference && conv.IsExplicit)
        {
            if (IsStringDictionaryInterface(from) || IsStringDictionaryInterface(to)) return value;
            // (T[])a.Clone() with a typed T[]: the copy has the array's own run-time type, so the cast cannot fail.
            if (c.Operand is IInvocationOperation { TargetMethod.Name: "Clone", Instance.Type: IArrayTypeSymbol cloned }
                && SymbolEqualityComparer.Default.Equals(cloned, to))
                return value;
            return Js.Call(Helper("$cast"), value, TypeTestFunction(to, c));
        }
        if (conv.IsImplicit) return value;
        if (conv.IsTupleConversion || conv.IsTupleLiteralConversion) return value;
        return value;
    }

    private static bool IsStringDictionaryInterface(ITypeSymbol? t) =>
        t is INamedTypeSymbol { IsGenericType: true } n && n.OriginalDefinition.ToDisplayString() is
            "System.Collections.Generic.IDictionary<TKey, TValue>"
        && n.TypeArguments[0].SpecialType == SpecialType.System_String;

    private static bool IsDictionaryClass(ITypeSymbol? t) =>
        t?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Dictionary<TKey, TValue>";

    private JsExpr DictionaryLiteral(IObjectCreationOperation oc)
    {
        var props = new List<JsProperty>();
        foreach (var init in oc.Initializer?.Initializers ?? [])
        {
            switch (init)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } ip } a:
                    props.Add(KeyValue(ip.Arguments[0].Value, a.Value));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" } add when add.Arguments.Length == 2:
                    props.Add(KeyValue(add.Arguments[0].Value, add.Arguments[1].Value));
                    break;
                default:
                    props.Add(new JsProperty("$unsupported", UnsupportedExpr(init, "this dictionary initializer")));
                    break;
            }
        }
        if (oc.Arguments.Length > 0) return UnsupportedExpr(oc, "constructor arguments for a dictionary used as IDictionary");
        return new JsObject(props);
    }

    private JsProperty KeyValue(IOperation key, IOperation value) =>
        key.ConstantValue is { HasValue: true, Value: string s } ? new JsProperty(s, Expr(value)) : new JsProperty(null, Expr(value), Expr(key));

    /// <summary>The run-time kind a boxed value of <paramref name="type"/> carries (see <c>$Box</c>), or null when the
    /// JavaScript value already says enough (int, bool, strings, objects) or the type is not ours to box.</summary>
    public JsExpr? BoxKind(ITypeSymbol type)
    {
        type = ProgramContext.StripNullable(type)!;
        if (type.TypeKind == TypeKind.Enum)
            return type is INamedTypeSymbol e && _p.Names.IsDeclared(e) ? TypeRef(e) : null;
        return type.SpecialType switch
        {
            SpecialType.System_Char => Js.Str("char"),
            SpecialType.System_Double => Js.Str("double"),
            SpecialType.System_Single => Js.Str("single"),
            SpecialType.System_Int64 => Js.Str("long"),
            SpecialType.System_UInt64 => Js.Str("ulong"),
            SpecialType.System_UInt32 => Js.Str("uint"),
            SpecialType.System_Int16 => Js.Str("short"),
            SpecialType.System_UInt16 => Js.Str("ushort"),
            SpecialType.System_Byte => Js.Str("byte"),
            SpecialType.System_SByte => Js.Str("sbyte"),
            _ => null,
        };
    }

    /// <summary>A value type converted to object keeps its type: see <c>$Box</c>. A nullable value boxes its value
    /// (null stays null).</summary>
    private JsExpr Box(JsExpr value, ITypeSymbol from)
    {
        var type = ProgramContext.StripNullable(from)!;
        if (BoxKind(type) is not { } kind) return value;
        var flags = type.TypeKind == TypeKind.Enum && type.GetAttributes().Any(a => a.AttributeClass?.Name == "FlagsAttribute");
        if (!ProgramContext.IsNullableValue(from))
            return new JsNew(Helper("$Box"), flags ? [value, kind, Js.Bool(true)] : [value, kind]);
        var v = Capture(value, out var first);
        return new JsConditional(Js.Bin("==", first, JsNull.Instance), JsNull.Instance,
            new JsNew(Helper("$Box"), flags ? [v, kind, Js.Bool(true)] : [v, kind]));
    }

    /// <summary>Values handed to JavaScript (an [External]/[Template] member's argument, an [ObjectLiteral] or JSON-shape
    /// member) stay plain JavaScript values.</summary>
    private bool IsInteropSink(IOperation c)
    {
        var node = c.Parent;
        while (node is IArrayInitializerOperation or IArrayCreationOperation or ICollectionExpressionOperation)
            node = node.Parent;
        return node switch
        {
            IArgumentOperation { Parent: IInvocationOperation inv } => IsInteropMember(inv.TargetMethod),
            IArgumentOperation { Parent: IObjectCreationOperation oc } => oc.Constructor is { } ctor && IsInteropMember(ctor),
            IAssignmentOperation { Target: IMemberReferenceOperation m } => IsInteropMember(m.Member),
            _ => false,
        };
    }

    private bool IsInteropMember(ISymbol member) =>
        ProgramContext.IsExternal(member) || ProgramContext.AttributeString(member, "Template") is not null
        || ProgramContext.IsObjectLiteral(member.ContainingType) || _p.IsJsonShape(member.ContainingType);

    /// <summary>Boxing an enum into an <c>object</c> parameter of a library method (Console.WriteLine, string.Format…) passes its name.</summary>
    private static bool IsLibraryObjectParameter(IConversionOperation c) =>
        c.Parent is IArgumentOperation { Parameter: { } p } arg && p.OriginalDefinition.Type.SpecialType == SpecialType.System_Object
        && arg.Parent is IInvocationOperation inv && inv.TargetMethod.Name is not ("Equals" or "ReferenceEquals" or "GetHashCode")
        && inv.TargetMethod.ContainingNamespace?.ToDisplayString() is "System" or "System.Text"
        || ParamsOwner(c) is IInvocationOperation { TargetMethod: var m } && m.ContainingNamespace?.ToDisplayString() is "System" or "System.Text";

    /// <summary>The call whose expanded params list holds <paramref name="c"/>, if any.</summary>
    private static IOperation? ParamsOwner(IOperation c)
    {
        var node = c.Parent;
        while (node is IArrayInitializerOperation or IArrayCreationOperation or ICollectionExpressionOperation)
            node = node.Parent;
        return node is IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray or ArgumentKind.ParamCollection } arg ? arg.Parent : null;
    }

    private JsExpr NumericConversion(JsExpr value, ITypeSymbol from, ITypeSymbol to, bool isChecked)
    {
        var f = KindOf(from);
        var t = KindOf(to);
        var toSpecial = ProgramContext.Underlying(to)?.SpecialType;
        var fromSpecial = ProgramContext.Underlying(from)?.SpecialType;
        if (toSpecial == fromSpecial) return value;
        var (min, max) = RangeOf(to);
        var (fromMin, fromMax) = RangeOf(from);
        var widening = fromMin >= min && fromMax <= max;
        if (t is NumKind.Double) return value;
        if (t is NumKind.Float) return f is NumKind.Int32 or NumKind.UInt32 && ProgramContext.Underlying(from)?.SpecialType != SpecialType.System_Int32 && ProgramContext.Underlying(from)?.SpecialType != SpecialType.System_UInt32
            ? value : Js.Call(Js.Dot(Js.Id("Math"), "fround"), value);
        if (widening) return value;
        if (isChecked)
            return f is NumKind.Double or NumKind.Float
                ? Js.Call(Helper("$checkedTrunc"), value, Js.Num(min), Js.Num(max))
                : Js.Call(Helper("$checked"), value, Js.Num(min), Js.Num(max));
        if (f is NumKind.Double or NumKind.Float)
        {
            return toSpecial switch
            {
                SpecialType.System_Int32 => Js.Call(Helper("$dtoi"), value),
                SpecialType.System_UInt32 => Js.Call(Helper("$dtou"), value),
                SpecialType.System_Int64 or SpecialType.System_UInt64 => Js.Call(Helper("$dtol"), value),
                _ => Narrow(Js.Call(Helper("$dtoi"), value), to),
            };
        }
        return toSpecial switch
        {
            SpecialType.System_Int32 => Js.Bin("|", value, Js.Num(0)),
            SpecialType.System_UInt32 => Js.Bin(">>>", value, Js.Num(0)),
            SpecialType.System_Int64 => value,
            SpecialType.System_UInt64 => fromMin < 0 ? LongChecked(value, NumKind.UInt64) : value,
            _ => Narrow(value, to),
        };
    }

    // ------------------------------------------------------------------ type tests

    private JsExpr TypeTestFunction(ITypeSymbol type, IOperation op)
    {
        var x = new JsIdentifier("$x");
        return new JsArrow([x], TypeTest(x, type, op));
    }

    /// <summary>A boolean test that <paramref name="value"/> (evaluated more than once) is a non-null <paramref name="type"/>.</summary>
    public JsExpr TypeTest(JsExpr value, ITypeSymbol type, IOperation? op = null)
    {
        var t = ProgramContext.StripNullable(type)!;
        switch (t.SpecialType)
        {
            case SpecialType.System_Object: return Js.Bin("!=", value, JsNull.Instance);
            case SpecialType.System_String: return Js.Bin("===", new JsUnary("typeof", value), Js.Str("string"));
            case SpecialType.System_Boolean: return Js.Bin("===", new JsUnary("typeof", value), Js.Str("boolean"));
            case SpecialType.System_Double or SpecialType.System_Single:
                return Js.Bin("===", new JsUnary("typeof", value), Js.Str("number"));
            case SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_Char or SpecialType.System_Int64 or SpecialType.System_UInt64:
            {
                var (min, max) = RangeOf(t);
                return Js.Call(Helper("$isInt"), value, Js.Num(min), Js.Num(max));
            }
        }
        if (t.TypeKind == TypeKind.Enum)
            return BoxKind(t) is { } enumKind ? Js.Call(Helper("$isBox"), value, enumKind) : Js.Bin("===", new JsUnary("typeof", value), Js.Str("number"));
        if (t.TypeKind == TypeKind.Delegate) return Js.Bin("===", new JsUnary("typeof", value), Js.Str("function"));
        if (IsErasedCollection(t))
        {
            // Arrays, List<T>, LINQ results and groups are all JavaScript arrays or iterables with erased element
            // types: `object o = new List<int>(); o is int[]`, a GroupJoin group `is List<T>` or an int[] `is
            // IEnumerable<string>` would answer differently from .NET.
            Unsupported(op, "KJS0002", $"a type test against {t.ToDisplayString()} is not supported in JavaScript: arrays, lists and LINQ results share one representation and their element types are erased; keep the static type you know");
            return Js.Bool(false);
        }
        if (t is INamedTypeSymbol named)
        {
            if (_p.Names.IsDeclared(named))
            {
                if (named.TypeKind == TypeKind.Interface)
                    return Js.Bin("===", new JsMember(value, InterfaceMarker(named), true), Js.Bool(true));
                return Js.Bin("instanceof", value, TypeRef(named));
            }
            if (ProgramContext.IsExceptionType(named)) return Js.Bin("instanceof", value, TypeRef(named));
            if (Library.TupleLowering.IsSystemTuple(named) && named.TypeArguments.Length > 0)
            {
                if (ContainsTypeParameter(named))
                {
                    Unsupported(op, "KJS0106", $"a type test against {t.ToDisplayString()} needs its erased type arguments; test a concrete tuple type");
                    return Js.Bool(false);
                }
                // A System.Tuple knows its constructed type's name (Tuple<T…> is not covariant: the name must match).
                return Js.Bin("&&", Js.Bin("instanceof", value, Helper("$Tuple")),
                    Js.Bin("===", Js.Dot(value, "$type"), Js.Str(Library.TupleLowering.ClrName(named))));
            }
            var def = named.OriginalDefinition.ToDisplayString();
            if (def is "System.Collections.IEnumerable")
                return Js.Bin("===", new JsUnary("typeof", new JsIndex(value, Js.Dot(Js.Id("Symbol"), "iterator"), true)), Js.Str("function"));
            if (ProgramContext.IsExternal(named) && named.TypeKind == TypeKind.Class)
                return Js.Bin("instanceof", value, TypeRef(named));
        }
        if (t.TypeKind == TypeKind.TypeParameter)
        {
            Unsupported(op, "KJS0106", $"a type test against the type parameter {t.Name} needs reflection; constrain it or test a concrete type");
            return Js.Bool(false);
        }
        Unsupported(op, "KJS0002", $"a type test against {t.ToDisplayString()} is not supported in JavaScript");
        return Js.Bool(false);
    }

    private static bool ContainsTypeParameter(ITypeSymbol t) => t switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol a => ContainsTypeParameter(a.ElementType),
        INamedTypeSymbol n => n.TypeArguments.Any(ContainsTypeParameter),
        _ => false,
    };

    private static bool IsErasedCollection(ITypeSymbol t) =>
        t is IArrayTypeSymbol
        || t.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.List<T>" or "System.Collections.Generic.IList<T>"
            or "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IEnumerable<T>"
            or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyCollection<T>";

    public string InterfaceMarker(INamedTypeSymbol iface) => "$is_" + _p.Names.TypeName(iface);

    // ------------------------------------------------------------------ patterns

    /// <summary>A boolean test of <paramref name="input"/> (side-effect free) against a pattern; declared variables
    /// are hoisted and assigned inside the test.</summary>
    private JsExpr PatternTest(IPatternOperation pattern, JsExpr input)
    {
        switch (pattern)
        {
            case IConstantPatternOperation cp:
                return ConstantEquals(input, cp.Value);
            case IDiscardPatternOperation:
                return Js.Bool(true);
            case IDeclarationPatternOperation dp:
            {
                JsExpr? test = dp.MatchesNull ? null : (dp.MatchedType is { } mt && !IsStaticallyKnown(dp.InputType, mt)
                    ? TypeTest(input, mt, dp) : Js.Bin("!=", input, JsNull.Instance));
                if (dp.DeclaredSymbol is ILocalSymbol local)
                {
                    Hoist(local);
                    var assign = new JsSequence([Js.Assign(new JsIdentifier(LocalName(local)), input), Js.Bool(true)]);
                    return test is null ? assign : Js.Bin("&&", test, assign);
                }
                return test ?? Js.Bool(true);
            }
            case ITypePatternOperation tp:
                return IsStaticallyKnown(tp.InputType, tp.MatchedType) ? Js.Bin("!=", input, JsNull.Instance) : TypeTest(input, tp.MatchedType, tp);
            case IRelationalPatternOperation rp:
                return Js.Bin(RelationalOp(rp.OperatorKind), input, Expr(rp.Value));
            case INegatedPatternOperation np:
                return Js.Not(PatternTest(np.Pattern, input));
            case IBinaryPatternOperation bp:
                return Js.Bin(bp.OperatorKind == BinaryOperatorKind.And ? "&&" : "||", PatternTest(bp.LeftPattern, input), PatternTest(bp.RightPattern, input));
            case IRecursivePatternOperation rec:
                return RecursivePattern(rec, input);
            case IListPatternOperation or ISlicePatternOperation:
                Unsupported(pattern, "KJS0109", "list patterns are not supported; test Count/Length and index instead");
                return Js.Bool(false);
            default:
                return UnsupportedExpr(pattern, "this pattern");
        }
    }

    private static bool IsStaticallyKnown(ITypeSymbol input, ITypeSymbol matched) =>
        SymbolEqualityComparer.Default.Equals(ProgramContext.StripNullable(input), matched) ||
        (input.AllInterfaces.Contains(matched, SymbolEqualityComparer.Default)) ||
        IsBaseOf(matched, input);

    private static bool IsBaseOf(ITypeSymbol candidate, ITypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (SymbolEqualityComparer.Default.Equals(t, candidate)) return true;
        return false;
    }

    private JsExpr RecursivePattern(IRecursivePatternOperation rec, JsExpr input)
    {
        var tests = new List<JsExpr>();
        if (!IsStaticallyKnown(rec.InputType, rec.MatchedType)) tests.Add(TypeTest(input, rec.MatchedType, rec));
        else if (!rec.MatchedType.IsValueType || ProgramContext.IsNullableValue(rec.InputType)) tests.Add(Js.Bin("!=", input, JsNull.Instance));
        if (rec.DeconstructionSubpatterns.Length > 0)
        {
            var isTuple = rec.MatchedType is INamedTypeSymbol { IsTupleType: true };
            var ctor = rec.MatchedType is INamedTypeSymbol { IsRecord: true } record
                ? record.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == rec.DeconstructionSubpatterns.Length) : null;
            for (var i = 0; i < rec.DeconstructionSubpatterns.Length; i++)
            {
                JsExpr element;
                if (isTuple) element = new JsIndex(input, Js.Num(i));
                else if (ctor is not null) element = Js.Dot(input, ctor.Parameters[i].Name);
                else
                {
                    tests.Add(UnsupportedExpr(rec, "a positional pattern on a type that is neither a tuple nor a record"));
                    break;
                }
                tests.Add(PatternTest(rec.DeconstructionSubpatterns[i], element));
            }
        }
        foreach (var sub in rec.PropertySubpatterns)
        {
            _patternInputs.Push(input);
            var member = Expr(sub.Member);
            _patternInputs.Pop();
            var stable = SideEffectFree(member);
            tests.Add(PatternTest(sub.Pattern, stable));
        }
        if (rec.DeclaredSymbol is ILocalSymbol local)
        {
            Hoist(local);
            tests.Add(new JsSequence([Js.Assign(new JsIdentifier(LocalName(local)), input), Js.Bool(true)]));
        }
        if (tests.Count == 0) return Js.Bool(true);
        return tests.Aggregate((a, b) => Js.Bin("&&", a, b));
    }

    private JsExpr ConstantEquals(JsExpr input, IOperation value)
    {
        var constant = value.ConstantValue;
        if (constant is { HasValue: true, Value: null }) return Js.Bin("==", input, JsNull.Instance);
        if (constant is { HasValue: true, Value: double d } && double.IsNaN(d)) return Js.Call(Js.Dot(Js.Id("Number"), "isNaN"), input);
        if (constant is { HasValue: true, Value: float f } && float.IsNaN(f)) return Js.Call(Js.Dot(Js.Id("Number"), "isNaN"), input);
        return Js.Bin("===", input, Expr(value));
    }

    // ------------------------------------------------------------------ switch expressions

    private JsExpr SwitchExpression(ISwitchExpressionOperation se)
    {
        var input = SideEffectFree(Expr(se.Value));
        JsExpr fallback = Js.Call(Helper("$throw"), Js.New(Helper("$SwitchExpressionException"), input, ToDisplayString(input, se.Value.Type)));
        var arms = new List<(JsExpr Test, JsExpr Value)>();
        foreach (var arm in se.Arms)
        {
            var test = PatternTest(arm.Pattern, input);
            if (arm.Guard is not null) test = test is JsBool { Value: true } ? Expr(arm.Guard) : Js.Bin("&&", test, Expr(arm.Guard));
            arms.Add((test, Expr(arm.Value)));
        }
        var result = fallback;
        for (var i = arms.Count - 1; i >= 0; i--)
            result = arms[i].Test is JsBool { Value: true } ? arms[i].Value : new JsConditional(arms[i].Test, arms[i].Value, result);
        return result;
    }
}
