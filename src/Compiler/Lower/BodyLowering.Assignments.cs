using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

public sealed partial class BodyLowering
{
    /// <summary>An assignable location: how to read it and how to write a value (the write evaluates to the value).
    /// <see cref="Native"/> is a plain JS target usable with JS assignment operators.</summary>
    private sealed record LValue(Func<JsExpr> Read, Func<JsExpr, JsExpr> Write, JsExpr? Native);

    /// <summary>Builds an lvalue; receivers and indexes with side effects are captured in temporaries when
    /// <paramref name="readAndWrite"/> (compound assignment, increment).</summary>
    private LValue LValueOf(IOperation target, bool readAndWrite)
    {
        JsExpr Stable(JsExpr e) => readAndWrite ? SideEffectFree(e) : e;
        switch (target)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation:
            {
                var id = Expr(target);
                return new LValue(() => id, v => Js.Assign(id, v), id);
            }
            case IFieldReferenceOperation f when !_p.IsLibrary(f.Field) && f.Field.ContainingType is not { IsTupleType: true }:
            {
                // A static owner is C or C.$cctor(): evaluated again for the read, it only returns C (the static
                // constructor ran at the first), so no temporary holds the class and C stays only ever C.member.
                var recv = f.Field.IsStatic ? StaticOwner(f.Field.ContainingType) : Stable(Expr(f.Instance!));
                var member = Js.Dot(recv, _p.Names.MemberName(f.Field));
                return new LValue(() => member, v => Js.Assign(member, v), member);
            }
            case IFieldReferenceOperation tf when tf.Field.ContainingType is { IsTupleType: true }:
            {
                var index = new JsIndex(Stable(Expr(tf.Instance!)), Js.Num(TupleIndex(tf.Field)));
                return new LValue(() => index, v => Js.Assign(index, v), index);
            }
            case IPropertyReferenceOperation p when !(_p.IsLibrary(p.Property) && !_p.IsSource(p.Property)) && !IsExceptionMember(p.Property):
                return UserPropertyLValue(p, Stable);
            case IPropertyReferenceOperation lp:
            {
                var recv = lp.Instance is null ? null : Stable(Expr(lp.Instance));
                var args = Arguments(lp.Arguments, lp.Property.Parameters).Select(a => readAndWrite ? SideEffectFree(a) : a).ToList();
                return new LValue(
                    () => LibraryGet(lp, recv, args),
                    v => LibrarySet(lp, recv, args, v),
                    null);
            }
            case IArrayElementReferenceOperation ae when ae.Indices.Length == 1:
            {
                var arr = Stable(Expr(ae.ArrayReference));
                var (array, index) = IndexFromEnd(arr, ae.Indices[0]);
                if (readAndWrite) index = SideEffectFree(index);
                return new LValue(() => Js.Call(Helper("$at"), array, index), v => Js.Call(Helper("$setAt"), array, index, v), null);
            }
            case IDynamicMemberReferenceOperation:
            default:
            {
                var bad = UnsupportedExpr(target, "this assignment target");
                return new LValue(() => bad, v => v, null);
            }
        }
    }

    private LValue UserPropertyLValue(IPropertyReferenceOperation p, Func<JsExpr, JsExpr> stable)
    {
        var prop = p.Property;
        var recv = prop.IsStatic ? stable(StaticOwner(prop.ContainingType)) : IsBaseAccess(p.Instance) ? JsSuper.Instance : stable(Expr(p.Instance!));
        var args = Arguments(p.Arguments, prop.Parameters);
        var getTemplate = ProgramContext.AttributeString(prop, "Template") ?? ProgramContext.AttributeString(prop.GetMethod, "Template");
        var setTemplate = ProgramContext.AttributeString(prop.SetMethod, "Template");
        if (setTemplate is not null)
        {
            var setParams = prop.SetMethod!.Parameters;
            return new LValue(
                () => getTemplate is null ? Js.Dot(recv, _p.Names.MemberName(prop)) : Template(getTemplate, prop.IsStatic ? null : recv, prop.Parameters, args, p),
                v => Template(setTemplate, prop.IsStatic ? null : recv, setParams, [.. args, v], p),
                null);
        }
        if (prop.IsIndexer)
        {
            if (ProgramContext.IsExternal(prop) || _p.IsJsonShape(prop.ContainingType))
            {
                var idx = new JsIndex(recv, args[0]);
                return new LValue(() => idx, v => Js.Assign(idx, v), idx);
            }
            return new LValue(() => Js.Call(Js.Dot(recv, "get_Item"), args), v => Js.Call(Js.Dot(recv, "set_Item"), [.. args, v]), null);
        }
        var member = Js.Dot(recv, _p.Names.MemberName(prop));
        return new LValue(() => member, v => Js.Assign(member, v), member);
    }

    private JsExpr LibraryGet(IPropertyReferenceOperation p, JsExpr? recv, List<JsExpr> args)
    {
        foreach (var lib in _p.Libraries)
            if (lib.LowerPropertyGet(p, recv, args, this) is { } done) return done;
        return UnsupportedLibrary(p, p.Property);
    }

    private JsExpr LibrarySet(IPropertyReferenceOperation p, JsExpr? recv, List<JsExpr> args, JsExpr value)
    {
        foreach (var lib in _p.Libraries)
            if (lib.LowerPropertySet(p, recv, args, value, this) is { } done) return done;
        return UnsupportedLibrary(p, p.Property);
    }

    private JsExpr UnsupportedLibrary(IOperation op, ISymbol member)
    {
        Unsupported(op, "KJS0002", $"the library member {member.ContainingType?.ToDisplayString()}.{member.Name} is not supported in JavaScript");
        return JsUndefined.Instance;
    }

    // ------------------------------------------------------------------ assignments

    private JsExpr SimpleAssignment(ISimpleAssignmentOperation a, bool valueUsed)
    {
        if (a.Target is IDiscardOperation) return Expr(a.Value);
        var value = Expr(a.Value);
        if (StoreRunsStaticConstructor(a.Target) && !StaticInitCannotChange(a.Value))
        {
            var held = Temp();
            _sequencePrefix.Add(Js.Assign(held, value));
            value = held;
        }
        var lv = LValueOf(a.Target, readAndWrite: false);
        return lv.Write(value);
    }

    /// <summary>A store to a static field (or a call of a static setter) of a class with an explicit static
    /// constructor, from outside it: .NET evaluates the value first and runs the static constructor at the store (at
    /// the setter's entry), while <c>C.$cctor().f = v</c> would run it before <c>v</c>. A class without one
    /// (beforefieldinit) may be initialised at any time before the store, so its write stays as it is.</summary>
    private bool StoreRunsStaticConstructor(IOperation target)
    {
        var type = target switch
        {
            IFieldReferenceOperation { Field.IsStatic: true } f when !_p.IsLibrary(f.Field) => f.Field.ContainingType,
            IPropertyReferenceOperation { Property.IsStatic: true } p when !(_p.IsLibrary(p.Property) && !_p.IsSource(p.Property)) => p.Property.ContainingType,
            _ => null,
        };
        return type is not null && _p.IsLazyStatic(type) && type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared)
               && StaticOwner(type) is JsCall;
    }

    /// <summary>A value the static constructor cannot change or observe being computed: a constant, <c>this</c>, a
    /// lambda, or a local or value parameter no lambda or local function captures (the constructor could call one; a
    /// constructor's parameter may be a primary constructor's, which is a field).</summary>
    private static bool StaticInitCannotChange(IOperation value) => value switch
    {
        { ConstantValue.HasValue: true } or IInstanceReferenceOperation or IAnonymousFunctionOperation => true,
        IDelegateCreationOperation { Target: IAnonymousFunctionOperation } => true,
        IConversionOperation { IsImplicit: true, OperatorMethod: null } c => StaticInitCannotChange(c.Operand),
        ILocalReferenceOperation { Local.IsRef: false } l => !IsCaptured(value, l.Local),
        IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.Constructor } } } p => !IsCaptured(value, p.Parameter),
        _ => false,
    };

    private static bool IsCaptured(IOperation at, ISymbol variable)
    {
        var root = at;
        while (root.Parent is not null) root = root.Parent;
        var declared = variable.DeclaringSyntaxReferences.FirstOrDefault()?.Span;
        return root.DescendantsAndSelf().Any(d => d is IAnonymousFunctionOperation or ILocalFunctionOperation
                                                  && !(declared is { } span && d.Syntax.Span.Contains(span))
                                                  && d.Descendants().Any(x => x is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, variable)
                                                                              || x is IParameterReferenceOperation pr && SymbolEqualityComparer.Default.Equals(pr.Parameter, variable)));
    }

    private JsExpr CompoundAssignment(ICompoundAssignmentOperation ca)
    {
        var targetType = ca.Target.Type;
        if (ca.OperatorMethod is { } method && !_p.IsLibrary(method))
        {
            var lvUser = LValueOf(ca.Target, readAndWrite: true);
            return lvUser.Write(Js.Call(Js.Dot(TypeRef(method.ContainingType), _p.Names.MemberName(method)), lvUser.Read(), Expr(ca.Value)));
        }
        var lv = LValueOf(ca.Target, readAndWrite: true);
        var valueOp = ca.Value is IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Object } boxed ? boxed.Operand : ca.Value;
        var right = Expr(valueOp);
        if (ca.OperatorKind == BinaryOperatorKind.Add && targetType?.SpecialType == SpecialType.System_String)
        {
            var shown = valueOp.Type?.SpecialType == SpecialType.System_String
                ? (IsKnownNonNullString(valueOp) ? right : Js.Bin("??", right, Js.Str("")))
                : ToDisplayString(right, valueOp.Type);
            if (lv.Native is not null) return new JsAssign(lv.Native, shown, "+=");
            return lv.Write(Js.Bin("+", Js.Bin("??", lv.Read(), Js.Str("")), shown));
        }
        if (targetType?.TypeKind == TypeKind.Delegate)
            return UnsupportedExpr(ca, "delegate combination (+=/-= on delegates or events)");
        var resultType = ca.Type;
        var num = KindOf(ProgramContext.StripNullable(targetType));
        if (num == NumKind.Int32 && ProgramContext.Underlying(targetType)?.SpecialType != SpecialType.System_Int32)
        {
            var combined = Arithmetic(ca.OperatorKind, NumKind.Int32, Compilation.GetSpecialType(SpecialType.System_Int32), lv.Read(), right, ca.IsChecked, ca);
            return lv.Write(ca.IsChecked ? CheckedNarrow(combined, targetType) : Narrow(combined, targetType));
        }
        if (num is NumKind.Double && KindOf(ca.Value.Type) is NumKind.Double or NumKind.Int32 or NumKind.Int64 or NumKind.Float && lv.Native is not null
            && ca.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide)
        {
            var jsOp = ca.OperatorKind switch { BinaryOperatorKind.Add => "+=", BinaryOperatorKind.Subtract => "-=", BinaryOperatorKind.Multiply => "*=", _ => "/=" };
            return new JsAssign(lv.Native, right, jsOp);
        }
        if (ProgramContext.StripNullable(targetType)?.SpecialType == SpecialType.System_Boolean)
        {
            var boolResult = ca.OperatorKind switch
            {
                BinaryOperatorKind.And => Js.Bin("&&", lv.Read(), right),
                BinaryOperatorKind.Or => Js.Bin("||", lv.Read(), right),
                _ => Js.Bin("!==", lv.Read(), right),
            };
            // C# evaluates the right side of &= and |= even when the left decides; keep that with a non-short-circuit form.
            if (ca.OperatorKind is BinaryOperatorKind.And or BinaryOperatorKind.Or)
                boolResult = Js.Bin("===", Js.Bin(ca.OperatorKind == BinaryOperatorKind.And ? "&" : "|", lv.Read(), right), Js.Num(1));
            return lv.Write(boolResult);
        }
        if (ca.IsLifted)
        {
            var current = SideEffectFree(lv.Read());
            var r = SideEffectFree(right);
            var lifted = Arithmetic(ca.OperatorKind, num, ProgramContext.StripNullable(targetType), current, r, ca.IsChecked, ca);
            return lv.Write(new JsConditional(Js.Bin("||", Js.Bin("==", current, JsNull.Instance), Js.Bin("==", r, JsNull.Instance)), JsNull.Instance, lifted));
        }
        var value = Arithmetic(ca.OperatorKind, num, ProgramContext.StripNullable(targetType), lv.Read(), right, ca.IsChecked, ca);
        return lv.Write(value);
    }

    private JsExpr CheckedNarrow(JsExpr e, ITypeSymbol? type)
    {
        var (min, max) = RangeOf(type);
        return Js.Call(Helper("$checked"), e, Js.Num(min), Js.Num(max));
    }

    private JsExpr Increment(IIncrementOrDecrementOperation inc, bool valueUsed)
    {
        var isIncrement = inc.Kind == OperationKind.Increment;
        var type = inc.Target.Type;
        var num = KindOf(ProgramContext.StripNullable(type));
        if (inc.OperatorMethod is { } method)
        {
            var lvUser = LValueOf(inc.Target, readAndWrite: true);
            return lvUser.Write(Js.Call(Js.Dot(TypeRef(method.ContainingType), _p.Names.MemberName(method)), lvUser.Read()));
        }
        var lv = LValueOf(inc.Target, readAndWrite: true);
        var one = Js.Num(1);
        var op = isIncrement ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        if (num is NumKind.Double && lv.Native is not null && !ProgramContext.IsNullableValue(type))
            return inc.IsPostfix && valueUsed ? new JsPostfix(isIncrement ? "++" : "--", lv.Native) : new JsUnary(isIncrement ? "++" : "--", lv.Native);
        JsExpr Next(JsExpr current)
        {
            if (num == NumKind.Int32 && ProgramContext.Underlying(type)?.SpecialType != SpecialType.System_Int32)
            {
                var wide = Js.Bin(isIncrement ? "+" : "-", current, one);
                return inc.IsChecked ? CheckedNarrow(wide, type) : Narrow(wide, type);
            }
            return Arithmetic(op, num, ProgramContext.StripNullable(type), current, one, inc.IsChecked, inc);
        }
        if (ProgramContext.IsNullableValue(type))
        {
            var current = SideEffectFree(lv.Read());
            var updated = lv.Write(new JsConditional(Js.Bin("==", current, JsNull.Instance), JsNull.Instance, Next(current)));
            return valueUsed && inc.IsPostfix ? new JsSequence([updated, current]) : updated;
        }
        if (!valueUsed || !inc.IsPostfix)
            return lv.Write(Next(lv.Read()));
        // Postfix with its value used: remember the old value.
        var old = Temp();
        return new JsSequence([Js.Assign(old, lv.Read()), lv.Write(Next(old)), old]);
    }

    private JsExpr CoalesceAssignment(ICoalesceAssignmentOperation cas)
    {
        var lv = LValueOf(cas.Target, readAndWrite: true);
        var value = Expr(cas.Value);
        if (lv.Native is not null) return new JsAssign(lv.Native, value, "??=");
        return Js.Bin("??", lv.Read(), lv.Write(value));
    }

    // ------------------------------------------------------------------ ?. and deconstruction

    private JsExpr ConditionalAccess(IConditionalAccessOperation ca)
    {
        var receiver = Expr(ca.Operation);
        var placeholder = new JsIdentifier("$conditional" + (++_tempCounter));
        _conditionalInstances.Push(placeholder);
        var whenNotNull = Expr(ca.WhenNotNull);
        _conditionalInstances.Pop();
        if (TryMakeOptional(whenNotNull, placeholder, receiver, out var optional)) return optional;
        var recv = Capture(receiver, out var first);
        var body = Replace(whenNotNull, placeholder, recv);
        return new JsConditional(Js.Bin("==", first, JsNull.Instance), JsNull.Instance, body);
    }

    /// <summary>Turns the access chain that starts at <paramref name="placeholder"/> into JS optional chaining.</summary>
    private static bool TryMakeOptional(JsExpr e, JsIdentifier placeholder, JsExpr receiver, out JsExpr result)
    {
        result = e;
        switch (e)
        {
            case JsMember m when ReferenceEquals(m.Object, placeholder):
                result = m with { Object = receiver, Optional = true };
                return true;
            case JsIndex ix when ReferenceEquals(ix.Object, placeholder):
                result = ix with { Object = receiver, Optional = true };
                return CountRefs(ix.Index, placeholder) == 0;
            case JsMember m2 when TryMakeOptional(m2.Object, placeholder, receiver, out var inner):
                result = m2 with { Object = inner };
                return true;
            case JsIndex ix2 when CountRefs(ix2.Index, placeholder) == 0 && TryMakeOptional(ix2.Object, placeholder, receiver, out var inner2):
                result = ix2 with { Object = inner2 };
                return true;
            case JsCall c when c.Arguments.All(a => CountRefs(a, placeholder) == 0) && TryMakeOptional(c.Callee, placeholder, receiver, out var inner3):
                result = c with { Callee = inner3 };
                return true;
            default:
                return false;
        }
    }

    private static int CountRefs(JsNode node, JsIdentifier placeholder) => node switch
    {
        JsIdentifier id => ReferenceEquals(id, placeholder) ? 1 : 0,
        _ => Children(node).Sum(c => CountRefs(c, placeholder)),
    };

    private static IEnumerable<JsNode> Children(JsNode node) => node switch
    {
        JsMember m => [m.Object],
        JsIndex i => [i.Object, i.Index],
        JsCall c => [c.Callee, .. c.Arguments],
        JsNew n => [n.Callee, .. n.Arguments],
        JsUnary u => [u.Operand],
        JsPostfix p => [p.Operand],
        JsBinary b => [b.Left, b.Right],
        JsAssign a => [a.Target, a.Value],
        JsConditional c => [c.Test, c.Then, c.Else],
        JsSequence s => s.Expressions,
        JsArray a => a.Elements.Where(e => e is not null)!,
        JsObject o => o.Properties.SelectMany(p => p.ComputedKey is null ? new JsNode[] { p.Value } : [p.ComputedKey, p.Value]),
        JsSpread s => [s.Argument],
        JsAwait a => [a.Argument],
        JsTemplate t => t.Arguments,
        JsArrow a => [a.Body],
        JsBlock b => b.Statements,
        JsExprStmt e => [e.Expression],
        JsReturn r => r.Value is null ? [] : [r.Value],
        JsVar v => v.Declarators.SelectMany(d => d.Init is null ? new JsNode[] { d.Target } : [d.Target, d.Init]),
        JsIf i => i.Else is null ? [i.Test, i.Then] : [i.Test, i.Then, i.Else],
        _ => [],
    };

    private static JsExpr Replace(JsExpr e, JsIdentifier placeholder, JsExpr with) => (JsExpr)ReplaceNode(e, placeholder, with);

    private static JsNode ReplaceNode(JsNode node, JsIdentifier placeholder, JsExpr with)
    {
        JsExpr R(JsExpr x) => (JsExpr)ReplaceNode(x, placeholder, with);
        return node switch
        {
            JsIdentifier id => ReferenceEquals(id, placeholder) ? with : id,
            JsMember m => m with { Object = R(m.Object) },
            JsIndex i => i with { Object = R(i.Object), Index = R(i.Index) },
            JsCall c => c with { Callee = R(c.Callee), Arguments = c.Arguments.Select(R).ToList() },
            JsNew n => n with { Callee = R(n.Callee), Arguments = n.Arguments.Select(R).ToList() },
            JsUnary u => u with { Operand = R(u.Operand) },
            JsPostfix p => p with { Operand = R(p.Operand) },
            JsBinary b => b with { Left = R(b.Left), Right = R(b.Right) },
            JsAssign a => a with { Target = R(a.Target), Value = R(a.Value) },
            JsConditional c => c with { Test = R(c.Test), Then = R(c.Then), Else = R(c.Else) },
            JsSequence s => s with { Expressions = s.Expressions.Select(R).ToList() },
            JsArray a => a with { Elements = a.Elements.Select(e => e is null ? null : R(e)).ToList() },
            JsObject o => o with { Properties = o.Properties.Select(p => p with { Value = R(p.Value), ComputedKey = p.ComputedKey is null ? null : R(p.ComputedKey) }).ToList() },
            JsSpread s => s with { Argument = R(s.Argument) },
            JsAwait a => a with { Argument = R(a.Argument) },
            JsTemplate t => t with { Arguments = t.Arguments.Select(R).ToList() },
            JsArrow a => a with { Body = a.Body is JsExpr be ? R(be) : ReplaceNode(a.Body, placeholder, with) },
            JsBlock b => b with { Statements = b.Statements.Select(s => (JsStmt)ReplaceNode(s, placeholder, with)).ToList() },
            JsExprStmt e => e with { Expression = R(e.Expression) },
            JsReturn r => r with { Value = r.Value is null ? null : R(r.Value) },
            _ => node,
        };
    }

    private static bool IsPatternTarget(IOperation e) => e switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IDiscardOperation => true,
        IDeclarationExpressionOperation { Expression: ITupleOperation t } => t.Elements.All(IsPatternTarget),
        IDeclarationExpressionOperation => true,
        ITupleOperation t => t.Elements.All(IsPatternTarget),
        _ => false,
    };

    /// <summary>(a[i], obj.P) = value: evaluate into a temporary, then assign element by element.</summary>
    private JsExpr DeconstructThroughTemp(ITupleOperation target, JsExpr value)
    {
        var t = Temp();
        var parts = new List<JsExpr> { Js.Assign(t, value) };
        var targets = target.Elements.Select(e => e is IDiscardOperation ? null : LValueOf(e, readAndWrite: false)).ToList();
        for (var i = 0; i < targets.Count; i++)
            if (targets[i] is { } lv) parts.Add(lv.Write(new JsIndex(t, Js.Num(i))));
        parts.Add(t);
        return new JsSequence(parts);
    }

    private JsExpr Deconstruction(IDeconstructionAssignmentOperation d)
    {
        var target = d.Target is IDeclarationExpressionOperation { Expression: ITupleOperation dt } ? dt : d.Target as ITupleOperation;
        if (target is null) return UnsupportedExpr(d, "this deconstruction");
        var value = d.Value;
        if (value.Type is INamedTypeSymbol { IsTupleType: true } || value is ITupleOperation)
        {
            // Declared variables are hoisted so that the destructuring is an expression.
            foreach (var local in target.Descendants().OfType<ILocalReferenceOperation>().Where(l => l.IsDeclaration)) Hoist(local.Local);
            if (!target.Elements.All(IsPatternTarget))
                return DeconstructThroughTemp(target, Expr(value));
            var pattern = Pattern(target);
            if (value is ITupleOperation vt && vt.Elements.Length == target.Elements.Length && target.Elements.All(e => e is ILocalReferenceOperation or IParameterReferenceOperation or IDeclarationExpressionOperation or IDiscardOperation))
                return Js.Assign(pattern, new JsArray(vt.Elements.Select(e => (JsExpr?)Expr(e)).ToList()));
            return Js.Assign(pattern, Expr(value));
        }
        if (value.Type is INamedTypeSymbol { IsRecord: true } record)
        {
            var ctor = record.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == target.Elements.Length && !c.IsImplicitlyDeclared)
                       ?? record.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == target.Elements.Length);
            if (ctor is not null)
            {
                foreach (var local in target.Descendants().OfType<ILocalReferenceOperation>().Where(l => l.IsDeclaration)) Hoist(local.Local);
                var recv = Capture(Expr(value), out var first);
                var parts = new List<JsExpr>();
                if (!ReferenceEquals(recv, first)) parts.Add(first);
                parts.Add(Js.Assign(Pattern(target), new JsArray(ctor.Parameters.Select(p => (JsExpr?)Js.Dot(recv, p.Name)).ToList())));
                return parts.Count == 1 ? parts[0] : new JsSequence(parts);
            }
        }
        foreach (var lib in _p.Libraries)
        {
            if (lib.LowerDeconstruct(value, Expr(value), this) is { } arr)
            {
                foreach (var local in target.Descendants().OfType<ILocalReferenceOperation>().Where(l => l.IsDeclaration)) Hoist(local.Local);
                return Js.Assign(Pattern(target), arr);
            }
        }
        return UnsupportedExpr(d, $"deconstruction of {value.Type?.ToDisplayString()}");
    }
}
