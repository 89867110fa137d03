using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

public sealed partial class BodyLowering
{
    private enum NumKind { Int32, UInt32, Int64, UInt64, Double, Float, Other }

    private static NumKind KindOf(ITypeSymbol? t) => ProgramContext.Underlying(t)?.SpecialType switch
    {
        SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_UInt16 or SpecialType.System_Char => NumKind.Int32,
        SpecialType.System_UInt32 => NumKind.UInt32,
        SpecialType.System_Int64 => NumKind.Int64,
        SpecialType.System_UInt64 => NumKind.UInt64,
        SpecialType.System_Double => NumKind.Double,
        SpecialType.System_Single => NumKind.Float,
        _ => NumKind.Other,
    };

    private static (double Min, double Max) RangeOf(ITypeSymbol? t) => ProgramContext.Underlying(t)?.SpecialType switch
    {
        SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
        SpecialType.System_UInt32 => (0, uint.MaxValue),
        SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
        SpecialType.System_UInt16 or SpecialType.System_Char => (0, ushort.MaxValue),
        SpecialType.System_Byte => (0, 255),
        SpecialType.System_SByte => (-128, 127),
        SpecialType.System_Int64 => (long.MinValue, long.MaxValue),
        SpecialType.System_UInt64 => (0, ulong.MaxValue),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

    /// <summary>Wraps an int32-range arithmetic result into a narrower integer type (byte, short, char…).</summary>
    private static JsExpr Narrow(JsExpr e, ITypeSymbol? type) => ProgramContext.Underlying(type)?.SpecialType switch
    {
        SpecialType.System_Byte => Js.Bin("&", e, Js.Num(255)),
        SpecialType.System_UInt16 or SpecialType.System_Char => Js.Bin("&", e, Js.Num(65535)),
        SpecialType.System_SByte => Js.Bin(">>", Js.Bin("<<", e, Js.Num(24)), Js.Num(24)),
        SpecialType.System_Int16 => Js.Bin(">>", Js.Bin("<<", e, Js.Num(16)), Js.Num(16)),
        _ => e,
    };

    // ------------------------------------------------------------------ binary

    private JsExpr Binary(IBinaryOperation b)
    {
        if (b.OperatorMethod is { } opMethod && !(opMethod.ContainingType?.SpecialType == SpecialType.System_String))
            return UserOperator(b, opMethod);
        var kind = b.OperatorKind;
        if (kind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
            return Js.Bin(kind == BinaryOperatorKind.ConditionalAnd ? "&&" : "||", Expr(b.LeftOperand), Expr(b.RightOperand));

        if (kind == BinaryOperatorKind.Add && (b.Type?.SpecialType == SpecialType.System_String))
            return Concat(b);

        var left = Expr(b.LeftOperand);
        var right = Expr(b.RightOperand);
        if (b.IsLifted && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or && ProgramContext.StripNullable(b.Type)?.SpecialType == SpecialType.System_Boolean)
            return Js.Call(Helper(kind == BinaryOperatorKind.And ? "$and3" : "$or3"), left, right);
        if (b.IsLifted && kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            var l = Capture(left, out var lFirst);
            var r = Capture(right, out var rFirst);
            var core = ArithmeticOrCompare(b, l, r);
            var anyNull = Js.Bin("||", Js.Bin("==", lFirst, JsNull.Instance), Js.Bin("==", rFirst, JsNull.Instance));
            var whenNull = kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                or BinaryOperatorKind.GreaterThanOrEqual ? (JsExpr)Js.Bool(false) : JsNull.Instance;
            return new JsConditional(anyNull, whenNull, core);
        }
        return ArithmeticOrCompare(b, left, right);
    }

    private JsExpr ArithmeticOrCompare(IBinaryOperation b, JsExpr left, JsExpr right)
    {
        var kind = b.OperatorKind;
        var operandType = b.LeftOperand.Type;
        switch (kind)
        {
            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
            {
                var eq = kind == BinaryOperatorKind.Equals;
                if (IsNullConstant(b.LeftOperand) || IsNullConstant(b.RightOperand))
                    return Js.Bin(eq ? "==" : "!=", left, right);
                return Js.Bin(eq ? "===" : "!==", left, right);
            }
            case BinaryOperatorKind.LessThan: return Js.Bin("<", left, right);
            case BinaryOperatorKind.LessThanOrEqual: return Js.Bin("<=", left, right);
            case BinaryOperatorKind.GreaterThan: return Js.Bin(">", left, right);
            case BinaryOperatorKind.GreaterThanOrEqual: return Js.Bin(">=", left, right);
        }
        var resultType = ProgramContext.StripNullable(b.Type);
        if (resultType?.SpecialType == SpecialType.System_Boolean)
        {
            return kind switch
            {
                BinaryOperatorKind.And => Js.Bin("===", Js.Bin("&", left, right), Js.Num(1)),
                BinaryOperatorKind.Or => Js.Bin("===", Js.Bin("|", left, right), Js.Num(1)),
                BinaryOperatorKind.ExclusiveOr => Js.Bin("!==", left, right),
                _ => UnsupportedExpr(b, "this boolean operator"),
            };
        }
        return Arithmetic(kind, KindOf(resultType), resultType, left, right, b.IsChecked, b);
    }

    private static bool IsNullConstant(IOperation op) =>
        op.ConstantValue is { HasValue: true, Value: null } ||
        (op is IConversionOperation c && c.Operand.ConstantValue is { HasValue: true, Value: null }) ||
        op is IDefaultValueOperation { Type.IsReferenceType: true };

    private JsExpr Arithmetic(BinaryOperatorKind kind, NumKind num, ITypeSymbol? type, JsExpr left, JsExpr right, bool isChecked, IOperation op)
    {
        if (isChecked && num is NumKind.Int32 or NumKind.UInt32 && kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply)
        {
            var (min, max) = RangeOf(type);
            var raw = Js.Bin(kind == BinaryOperatorKind.Add ? "+" : kind == BinaryOperatorKind.Subtract ? "-" : "*", left, right);
            return Js.Call(Helper("$checked"), raw, Js.Num(min), Js.Num(max));
        }
        switch (num)
        {
            case NumKind.Int32:
                return kind switch
                {
                    BinaryOperatorKind.Add => Js.Bin("|", Js.Bin("+", left, right), Js.Num(0)),
                    BinaryOperatorKind.Subtract => Js.Bin("|", Js.Bin("-", left, right), Js.Num(0)),
                    BinaryOperatorKind.Multiply => Js.Call(Js.Dot(Js.Id("Math"), "imul"), left, right),
                    BinaryOperatorKind.Divide => Js.Call(Helper("$idiv"), left, right),
                    BinaryOperatorKind.Remainder => Js.Call(Helper("$imod"), left, right),
                    BinaryOperatorKind.And => Js.Bin("&", left, right),
                    BinaryOperatorKind.Or => Js.Bin("|", left, right),
                    BinaryOperatorKind.ExclusiveOr => Js.Bin("^", left, right),
                    BinaryOperatorKind.LeftShift => Js.Bin("<<", left, right),
                    BinaryOperatorKind.RightShift => Js.Bin(">>", left, right),
                    BinaryOperatorKind.UnsignedRightShift => Js.Bin("|", Js.Bin(">>>", left, right), Js.Num(0)),
                    _ => UnsupportedExpr(op, "this integer operator"),
                };
            case NumKind.UInt32:
                return kind switch
                {
                    BinaryOperatorKind.Add => Js.Bin(">>>", Js.Bin("+", left, right), Js.Num(0)),
                    BinaryOperatorKind.Subtract => Js.Bin(">>>", Js.Bin("-", left, right), Js.Num(0)),
                    BinaryOperatorKind.Multiply => Js.Bin(">>>", Js.Call(Js.Dot(Js.Id("Math"), "imul"), left, right), Js.Num(0)),
                    BinaryOperatorKind.Divide => Js.Call(Helper("$udiv"), left, right),
                    BinaryOperatorKind.Remainder => Js.Bin(">>>", Js.Call(Helper("$lmod"), left, right), Js.Num(0)),
                    BinaryOperatorKind.And => Js.Bin(">>>", Js.Bin("&", left, right), Js.Num(0)),
                    BinaryOperatorKind.Or => Js.Bin(">>>", Js.Bin("|", left, right), Js.Num(0)),
                    BinaryOperatorKind.ExclusiveOr => Js.Bin(">>>", Js.Bin("^", left, right), Js.Num(0)),
                    BinaryOperatorKind.LeftShift => Js.Bin(">>>", Js.Bin("<<", left, right), Js.Num(0)),
                    BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift => Js.Bin(">>>", left, right),
                    _ => UnsupportedExpr(op, "this unsigned operator"),
                };
            case NumKind.Int64 or NumKind.UInt64:
                return kind switch
                {
                    BinaryOperatorKind.Add => LongChecked(Js.Bin("+", left, right), num),
                    BinaryOperatorKind.Subtract => LongChecked(Js.Bin("-", left, right), num),
                    BinaryOperatorKind.Multiply => LongChecked(Js.Bin("*", left, right), num),
                    BinaryOperatorKind.Divide => Js.Call(Helper("$ldiv"), left, right),
                    BinaryOperatorKind.Remainder => Js.Call(Helper("$lmod"), left, right),
                    _ => UnsupportedExpr(op, "bitwise operators on long (JavaScript numbers have 53-bit integers); use int"),
                };
            case NumKind.Double or NumKind.Float:
            {
                var jsOp = kind switch
                {
                    BinaryOperatorKind.Add => "+",
                    BinaryOperatorKind.Subtract => "-",
                    BinaryOperatorKind.Multiply => "*",
                    BinaryOperatorKind.Divide => "/",
                    BinaryOperatorKind.Remainder => "%",
                    _ => null,
                };
                if (jsOp is null) return UnsupportedExpr(op, "this floating-point operator");
                JsExpr result = Js.Bin(jsOp, left, right);
                return num == NumKind.Float ? Js.Call(Js.Dot(Js.Id("Math"), "fround"), result) : result;
            }
            default:
                if (type?.TypeKind == TypeKind.Delegate)
                    return UnsupportedExpr(op, "delegate combination (+= on delegates/events)");
                return UnsupportedExpr(op, $"the operator {kind} on {type?.ToDisplayString()}");
        }
    }

    /// <summary>long/ulong results are JavaScript numbers: exact inside ±2^53, an OverflowException outside
    /// (<c>$lchk</c>), never a rounded number.</summary>
    private JsExpr LongChecked(JsExpr value, NumKind num) =>
        Js.Call(Helper("$lchk"), value, Js.Num(num == NumKind.UInt64 ? 0 : -9007199254740991));

    private JsExpr UserOperator(IBinaryOperation b, IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type.IsRecord && method.Name is "op_Equality" or "op_Inequality" && (IsNullConstant(b.LeftOperand) || IsNullConstant(b.RightOperand)))
            return Js.Bin(method.Name == "op_Equality" ? "==" : "!=", Expr(b.LeftOperand), Expr(b.RightOperand));
        if (type.IsRecord && method.Name is "op_Equality" or "op_Inequality" && (method.IsImplicitlyDeclared || !_p.IsSource(method)))
        {
            var eq = Js.Call(Helper("$eq"), Expr(b.LeftOperand), Expr(b.RightOperand));
            return method.Name == "op_Equality" ? eq : Js.Not(eq);
        }
        if (_p.IsLibrary(method))
            return LibraryOperator(b, method);
        return Js.Call(Js.Dot(TypeRef(type), _p.Names.MemberName(method)), Expr(b.LeftOperand), Expr(b.RightOperand));
    }

    // ------------------------------------------------------------------ strings

    private JsExpr Concat(IBinaryOperation b)
    {
        var parts = new List<JsExpr>();
        void Collect(IOperation op)
        {
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } inner && inner.Type?.SpecialType == SpecialType.System_String)
            {
                Collect(inner.LeftOperand);
                Collect(inner.RightOperand);
                return;
            }
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner2 && inner2.Type?.SpecialType == SpecialType.System_String
                && inner2.OperatorMethod?.ContainingType?.SpecialType == SpecialType.System_String)
            {
                Collect(inner2.LeftOperand);
                Collect(inner2.RightOperand);
                return;
            }
            var operand = op is IConversionOperation { IsImplicit: true } c && c.Type?.SpecialType == SpecialType.System_Object ? c.Operand : op;
            parts.Add(DisplayOperand(operand));
        }
        Collect(b.LeftOperand);
        Collect(b.RightOperand);
        return JoinStrings(parts);
    }

    private JsExpr DisplayOperand(IOperation operand)
    {
        if (operand.ConstantValue is { HasValue: true } cv)
        {
            if (cv.Value is null) return Js.Str("");
            if (cv.Value is string s) return Js.Str(s);
        }
        var value = Expr(operand);
        if (operand.Type?.SpecialType == SpecialType.System_String)
        {
            if (IsKnownNonNullString(operand)) return value;
            return Js.Bin("??", value, Js.Str(""));
        }
        return ToDisplayString(value, operand.Type);
    }

    private bool IsKnownNonNullString(IOperation op)
    {
        if (op is IInterpolatedStringOperation or IBinaryOperation) return true;
        if (op.ConstantValue.HasValue) return op.ConstantValue.Value is not null;
        var model = op.SemanticModel;
        if (model is null || op.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expr) return false;
        try
        {
            return model.GetTypeInfo(expr).Nullability.FlowState == NullableFlowState.NotNull && !_p.IsJsonShape((op as IPropertyReferenceOperation)?.Property.ContainingType);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static JsExpr JoinStrings(List<JsExpr> parts)
    {
        if (parts.Count == 0) return Js.Str("");
        parts = MergeLiterals(parts);
        JsExpr result = parts[0];
        var start = 1;
        if (result is not JsString && (parts.Count == 1 || parts[1] is not JsString))
        {
            if (parts.Count == 1) return result;
            result = Js.Bin("+", result, parts[1]);
            start = 2;
            if (!LooksString(parts[0]) && !LooksString(parts[1])) result = Js.Bin("+", Js.Bin("+", Js.Str(""), parts[0]), parts[1]);
        }
        for (var i = start; i < parts.Count; i++) result = Js.Bin("+", result, parts[i]);
        return result;
    }

    private static bool LooksString(JsExpr e) => e is JsString or JsCall or JsBinary { Operator: "??" } or JsConditional;

    private static List<JsExpr> MergeLiterals(List<JsExpr> parts)
    {
        var result = new List<JsExpr>();
        foreach (var p in parts)
        {
            if (p is JsString s && result.Count > 0 && result[^1] is JsString prev) result[^1] = Js.Str(prev.Value + s.Value);
            else if (p is JsString { Value: "" } && parts.Count > 1) continue;
            else result.Add(p);
        }
        return result.Count == 0 ? [Js.Str("")] : result;
    }

    /// <summary>How .NET would print a value of <paramref name="type"/> (interpolation, concatenation, ToString()).</summary>
    public JsExpr ToDisplayString(JsExpr value, ITypeSymbol? type)
    {
        var t = ProgramContext.StripNullable(type);
        var nullable = ProgramContext.IsNullableValue(type);
        switch (t?.SpecialType)
        {
            case SpecialType.System_String:
                return Js.Bin("??", value, Js.Str(""));
            case SpecialType.System_Char when !nullable:
                return Js.Call(Js.Dot(Js.Id("String"), "fromCharCode"), value);
            case SpecialType.System_Boolean when !nullable:
                return new JsConditional(value, Js.Str("True"), Js.Str("False"));
            case SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 when !nullable:
                return Js.Call(Js.Id("String"), value);
        }
        if (t is IArrayTypeSymbol array)
        {
            // An array's ToString is its runtime type's name; the static type names it when no derived element
            // type can hide behind it.
            if (ArrayTypeName(array) is { } arrayName)
                return new JsConditional(Js.Bin("==", value, JsNull.Instance), Js.Str(""), Js.Str(arrayName));
            Unsupported(null, "KJS0002", $"the text of an array of {array.ElementType.ToDisplayString()} (its runtime element type may be a derived class); print its elements");
            return Js.Str("");
        }
        if (t is INamedTypeSymbol { IsAnonymousType: true } anon)
        {
            var v = SideEffectFree(value);
            var props = anon.GetMembers().OfType<IPropertySymbol>().ToList();
            var parts = new List<JsExpr> { Js.Str("{ ") };
            for (var i = 0; i < props.Count; i++)
            {
                parts.Add(Js.Str((i > 0 ? ", " : "") + props[i].Name + " = "));
                parts.Add(ToDisplayString(Js.Dot(v, props[i].Name), props[i].Type));
            }
            parts.Add(Js.Str(props.Count == 0 ? "}" : " }"));
            return JoinStrings(parts);
        }
        if (t is INamedTypeSymbol { IsTupleType: true } tuple && !nullable)
        {
            var v = SideEffectFree(value);
            var parts = new List<JsExpr> { Js.Str("(") };
            for (var i = 0; i < tuple.TupleElements.Length; i++)
            {
                if (i > 0) parts.Add(Js.Str(", "));
                parts.Add(ToDisplayString(new JsIndex(v, Js.Num(i)), tuple.TupleElements[i].Type));
            }
            parts.Add(Js.Str(")"));
            return JoinStrings(parts);
        }
        if (t is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && _p.Names.IsDeclared(e))
        {
            var flags = e.GetAttributes().Any(a => a.AttributeClass?.Name == "FlagsAttribute");
            JsExpr name = Js.Call(Helper("$enumName"), flags ? [TypeRef(e), value, Js.Bool(true)] : [TypeRef(e), value]);
            return nullable ? new JsConditional(Js.Bin("==", value, JsNull.Instance), Js.Str(""), name) : name;
        }
        if (t is not null && !nullable)
            foreach (var lib in _p.Libraries)
                if (lib.LowerToString(value, t, null, this) is { } done) return done;
        return Js.Call(Helper("$str"), value);
    }

    /// <summary>.NET's name of an array type (System.Int32[], N.Outer+Inner[][]), or null when elements of a derived
    /// type could be stored in it or the element type's name involves erased type arguments.</summary>
    private static string? ArrayTypeName(IArrayTypeSymbol array)
    {
        if (array.Rank != 1) return null;
        var element = array.ElementType;
        if (element is IArrayTypeSymbol inner) return ArrayTypeName(inner) is { } innerName ? innerName + "[]" : null;
        if (element is not INamedTypeSymbol named || named.IsGenericType || !(named.IsValueType || named.IsSealed || named.SpecialType == SpecialType.System_String))
            return null;
        var name = named.MetadataName;
        for (var t = named.ContainingType; t is not null; t = t.ContainingType) name = t.MetadataName + "+" + name;
        if (named.ContainingNamespace is { IsGlobalNamespace: false } ns) name = ns.ToDisplayString() + "." + name;
        return name + "[]";
    }

    private JsExpr InterpolatedString(IInterpolatedStringOperation s)
    {
        var parts = new List<JsExpr>();
        foreach (var part in s.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(Js.Str((string?)text.Text.ConstantValue.Value ?? ""));
                    break;
                case IInterpolationOperation hole:
                {
                    var expr = hole.Expression is IConversionOperation { IsImplicit: true } c && c.Type?.SpecialType == SpecialType.System_Object ? c.Operand : hole.Expression;
                    var format = hole.FormatString?.ConstantValue.Value as string;
                    JsExpr text;
                    if (format is not null)
                    {
                        text = Formatted(Expr(expr), expr.Type, format);
                    }
                    else text = DisplayOperand(expr);
                    if (hole.Alignment is not null)
                        text = Js.Call(Helper("$align"), text, Expr(hole.Alignment));
                    parts.Add(text);
                    break;
                }
                case IInterpolatedStringAppendOperation append:
                    parts.Add(DisplayOperand(append.AppendCall));
                    break;
                default:
                    parts.Add(UnsupportedExpr(part, "this interpolation part"));
                    break;
            }
        }
        return JoinStrings(parts);
    }

    private JsExpr Formatted(JsExpr value, ITypeSymbol? type, string format)
    {
        if (ProgramContext.IsNullableValue(type) || type?.IsReferenceType == true)
        {
            // A null hole prints nothing, whatever the format.
            var v = SideEffectFree(value);
            return new JsConditional(Js.Bin("==", v, JsNull.Instance), Js.Str(""), FormattedCore(v, ProgramContext.StripNullable(type), format));
        }
        return FormattedCore(value, type, format);
    }

    private JsExpr FormattedCore(JsExpr value, ITypeSymbol? type, string format)
    {
        foreach (var lib in _p.Libraries)
            if (lib.LowerToString(value, ProgramContext.StripNullable(type), format, this) is { } done) return done;
        return Js.Call(Helper("$fmt"), value, Js.Str(format));
    }

    // ------------------------------------------------------------------ unary

    private JsExpr Unary(IUnaryOperation u)
    {
        if (u.OperatorMethod is { } method)
        {
            if (_p.IsLibrary(method)) return UnsupportedExpr(u, $"the operator {method.Name} of {method.ContainingType.ToDisplayString()}");
            return Js.Call(Js.Dot(TypeRef(method.ContainingType), _p.Names.MemberName(method)), Expr(u.Operand));
        }
        var operand = Expr(u.Operand);
        var num = KindOf(ProgramContext.StripNullable(u.Type));
        JsExpr result;
        switch (u.OperatorKind)
        {
            case UnaryOperatorKind.Not: result = Js.Not(operand); break;
            case UnaryOperatorKind.Plus: result = operand; break;
            case UnaryOperatorKind.Minus:
                if (u.IsChecked && num == NumKind.Int32)
                    result = Js.Call(Helper("$checked"), new JsUnary("-", operand), Js.Num(int.MinValue), Js.Num(int.MaxValue));
                else result = num == NumKind.Int32 ? Js.Bin("|", new JsUnary("-", operand), Js.Num(0))
                    : num == NumKind.UInt32 ? Js.Bin(">>>", new JsUnary("-", operand), Js.Num(0))
                    : num is NumKind.Int64 or NumKind.UInt64 ? LongChecked(new JsUnary("-", operand), num)
                    : new JsUnary("-", operand);
                break;
            case UnaryOperatorKind.BitwiseNegation:
                result = num == NumKind.UInt32 ? Js.Bin(">>>", new JsUnary("~", operand), Js.Num(0))
                    : num is NumKind.Int64 or NumKind.UInt64 ? LongChecked(Js.Bin("-", new JsUnary("-", operand), Js.Num(1)), num)
                    : new JsUnary("~", operand);
                break;
            case UnaryOperatorKind.Hat:
                return UnsupportedExpr(u, "^n outside an indexer");
            default:
                return UnsupportedExpr(u, "this unary operator");
        }
        if (u.IsLifted && u.OperatorKind != UnaryOperatorKind.Not)
        {
            var v = Capture(operand, out var first);
            var core = result switch
            {
                JsBinary bin when bin.Left is JsUnary un => bin with { Left = un with { Operand = v } },
                JsUnary un2 => un2 with { Operand = v },
                _ => result,
            };
            return new JsConditional(Js.Bin("==", first, JsNull.Instance), JsNull.Instance, core);
        }
        return result;
    }

    private JsExpr TupleBinary(ITupleBinaryOperation tb)
    {
        if (tb.LeftOperand is not ITupleOperation l || tb.RightOperand is not ITupleOperation r)
        {
            var eq = Js.Call(Helper("$tupleEq"), Expr(tb.LeftOperand), Expr(tb.RightOperand));
            return tb.OperatorKind == BinaryOperatorKind.Equals ? eq : Js.Not(eq);
        }
        JsExpr? result = null;
        for (var i = 0; i < l.Elements.Length; i++)
        {
            var test = Js.Call(Helper("$eq"), Expr(l.Elements[i]), Expr(r.Elements[i]));
            result = result is null ? test : Js.Bin("&&", result, test);
        }
        result ??= Js.Bool(true);
        return tb.OperatorKind == BinaryOperatorKind.Equals ? result : Js.Not(result);
    }
}
