using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

public sealed partial class BodyLowering
{
    /// <summary>Lowers an expression. <paramref name="valueUsed"/> false allows statement forms (e.g. <c>i = i + 1 | 0</c>).</summary>
    public JsExpr Expr(IOperation op, bool valueUsed = true) => WithPrefix(() => ExprCore(op, valueUsed));

    /// <summary>The expression being lowered: the location for errors found without an operation at hand.</summary>
    private IOperation? _current;

    private JsExpr ExprCore(IOperation op, bool valueUsed)
    {
        _current = op;
        if (op.ConstantValue.HasValue && op is not (IFieldReferenceOperation { Field.ContainingType.TypeKind: TypeKind.Enum } or IDeclarationExpressionOperation))
        {
            if (op.ConstantValue.Value is long or ulong && System.Convert.ToDouble(op.ConstantValue.Value) is > 9007199254740991 or < -9007199254740991)
                Unsupported(op, "KJS0124", $"the 64-bit constant {op.ConstantValue.Value} is beyond ±2^53, which JavaScript numbers cannot hold exactly; use a smaller value or double");
            return Constant(op.ConstantValue.Value, op.Type);
        }
        switch (op)
        {
            case ILocalReferenceOperation l:
                if (l.IsDeclaration) Hoist(l.Local);
                return new JsIdentifier(LocalName(l.Local));
            case IParameterReferenceOperation p:
                if (!InConstructor && PrimaryParameterFields.TryGetValue(p.Parameter, out var field))
                    return Js.Dot(JsThis.Instance, field);
                return IsCellParameter(p.Parameter) ? Js.Dot(new JsIdentifier(LocalName(p.Parameter)), "v") : new JsIdentifier(LocalName(p.Parameter));
            case IInstanceReferenceOperation inst: return Instance(inst);
            case IFieldReferenceOperation f: return FieldGet(f);
            case IPropertyReferenceOperation pr: return PropertyGet(pr);
            case IInvocationOperation inv: return Invocation(inv);
            case IObjectCreationOperation oc: return ObjectCreation(oc);
            case IAnonymousObjectCreationOperation ao: return AnonymousObject(ao);
            case IArrayCreationOperation ac: return ArrayCreation(ac);
            case IArrayElementReferenceOperation ae: return ArrayElementGet(ae);
            case ISimpleAssignmentOperation a: return SimpleAssignment(a, valueUsed);
            case ICompoundAssignmentOperation ca: return CompoundAssignment(ca);
            case IIncrementOrDecrementOperation inc: return Increment(inc, valueUsed);
            case ICoalesceAssignmentOperation cas: return CoalesceAssignment(cas);
            case IBinaryOperation b: return Binary(b);
            case IUnaryOperation u: return Unary(u);
            case ITupleBinaryOperation tb: return TupleBinary(tb);
            case IConditionalOperation c:
                return new JsConditional(Expr(c.Condition), Expr(c.WhenTrue!), Expr(c.WhenFalse!));
            case ICoalesceOperation co:
                return Js.Bin("??", Expr(co.Value), Expr(co.WhenNull));
            case IConditionalAccessOperation ca2: return ConditionalAccess(ca2);
            case IConditionalAccessInstanceOperation:
                return _conditionalInstances.Count > 0 ? _conditionalInstances.Peek() : UnsupportedExpr(op, "conditional access");
            case IConversionOperation conv: return Conversion(conv);
            case IIsTypeOperation it:
            {
                var operand = SideEffectFree(Expr(it.ValueOperand));
                var test = it.ValueOperand.Type is { } operandType && IsStaticallyKnown(operandType, it.TypeOperand)
                    ? Js.Bin("!=", operand, JsNull.Instance)
                    : TypeTest(operand, it.TypeOperand, it);
                return it.IsNegated ? Js.Not(test) : test;
            }
            case IIsPatternOperation ip: return PatternTest(ip.Pattern, SideEffectFree(Expr(ip.Value)));
            case ISwitchExpressionOperation se: return SwitchExpression(se);
            case IInterpolatedStringOperation istr: return InterpolatedString(istr);
            case IInterpolatedStringHandlerCreationOperation h when h.Content is IInterpolatedStringOperation content:
                return InterpolatedString(content);
            case ITupleOperation t: return new JsArray(t.Elements.Select(e => (JsExpr?)Expr(e)).ToList());
            case IDeconstructionAssignmentOperation d: return Deconstruction(d);
            case IDeclarationExpressionOperation de: return Expr(de.Expression);
            case IDelegateCreationOperation dc: return DelegateCreation(dc);
            case IAnonymousFunctionOperation af: return Lambda(af);
            case IAwaitOperation aw: return new JsAwait(Expr(aw.Operation));
            case IThrowOperation th:
                return Js.Call(Helper("$throw"), th.Exception is null ? new JsIdentifier(CurrentCaught(th)) : Expr(th.Exception));
            case IDefaultValueOperation dv: return DefaultValue(dv.Type);
            case IWithOperation w: return With(w);
            case ICollectionExpressionOperation ce: return CollectionExpression(ce);
            case IParenthesizedOperation par: return Expr(par.Operand, valueUsed);
            case IDiscardOperation: return Temp();
            case ITranslatedQueryOperation q: return Expr(q.Operation);
            case ILocalFunctionOperation or IAnonymousFunctionOperation: return UnsupportedExpr(op, "function");
            case IArgumentOperation arg: return Expr(arg.Value);
            case ITypeOfOperation:
                Unsupported(op, "KJS0107", "typeof(...) is reflection, which is not supported; use a string or an enum");
                return JsUndefined.Instance;
            case IInlineArrayAccessOperation or IImplicitIndexerReferenceOperation:
                return ImplicitIndexer(op);
            case IRangeOperation:
                return UnsupportedExpr(op, "a range outside an indexer");
            default:
                return UnsupportedExpr(op, "this expression");
        }
    }

    // ------------------------------------------------------------------ constants and defaults

    public static JsExpr Constant(object? value, ITypeSymbol? type) => value switch
    {
        null => JsNull.Instance,
        string s => new JsString(s),
        bool b => new JsBool(b),
        char c => new JsNumber(c),
        double d => new JsNumber(d),
        float f => new JsNumber(f),
        decimal m => new JsNumber((double)m),
        IConvertible conv => new JsNumber(conv.ToDouble(System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException("unknown constant " + value.GetType()),
    };

    /// <summary>default(T); <paramref name="at"/> locates a field or property declared without an initializer.</summary>
    public JsExpr DefaultValue(ITypeSymbol? type, Location? at = null)
    {
        if (type is null || ProgramContext.IsNullableValue(type)) return JsNull.Instance;
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return Js.Bool(false);
            case SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte
                or SpecialType.System_SByte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Char or SpecialType.System_Double or SpecialType.System_Single:
                return Js.Num(0);
        }
        if (type.TypeKind == TypeKind.Enum) return Js.Num(0);
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            return new JsArray(tuple.TupleElements.Select(e => (JsExpr?)DefaultValue(e.Type)).ToList());
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Struct } s && _p.Names.IsDeclared(s))
            return StructDefault(s);
        if (type.IsValueType && type.TypeKind != TypeKind.TypeParameter && _p.IsLibrary(type))
        {
            if (type.ToDisplayString() == "System.DateTime")
                return Js.New(Helper("$DateTime"), Js.Num(-62135596800000));
            if (type.ToDisplayString() == "System.TimeSpan")
                return Js.New(Helper("$TimeSpan"), Js.Num(0));
            if (type.Name is "DateTimeOffset" or "Guid" or "KeyValuePair")
                return Unknown(type, at);
        }
        return JsNull.Instance;
    }

    /// <summary>default(S) and <c>new S()</c> without a declared parameterless constructor: every field zero/null,
    /// no constructor or field initializer runs (C# spec, default values of structs).</summary>
    public JsExpr StructDefault(INamedTypeSymbol s)
    {
        if (!s.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared)) return Js.New(TypeRef(s));
        var fields = new List<JsProperty>();
        foreach (var member in s.GetMembers().Where(m => !m.IsStatic))
        {
            if (member is IFieldSymbol { IsConst: false, AssociatedSymbol: null } field)
                fields.Add(new JsProperty(_p.Names.MemberName(field), DefaultValue(field.Type, field.Locations.FirstOrDefault())));
            else if (member is IPropertySymbol prop && s.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, prop)))
                fields.Add(new JsProperty(_p.Names.MemberName(prop), DefaultValue(prop.Type, prop.Locations.FirstOrDefault())));
        }
        var blank = Js.Call(Js.Dot(Js.Id("Object"), "create"), Js.Dot(TypeRef(s), "prototype"));
        return Js.Call(Js.Dot(Js.Id("Object"), "assign"), blank, new JsObject(fields));
    }

    private JsExpr Unknown(ITypeSymbol type, Location? at)
    {
        Unsupported(null, "KJS0002", $"default({type.ToDisplayString()}) has no JavaScript value; initialise it explicitly", at);
        return JsNull.Instance;
    }

    // ------------------------------------------------------------------ this / receivers

    private JsExpr Instance(IInstanceReferenceOperation inst)
    {
        switch (inst.ReferenceKind)
        {
            case InstanceReferenceKind.ImplicitReceiver:
                return _implicitReceivers.Count > 0 ? _implicitReceivers.Peek() : UnsupportedExpr(inst, "implicit receiver");
            case InstanceReferenceKind.PatternInput:
                return _patternInputs.Count > 0 ? _patternInputs.Peek() : UnsupportedExpr(inst, "pattern input");
            default:
                return JsThis.Instance;
        }
    }

    private static bool IsBaseAccess(IOperation? instance) => instance?.Syntax is BaseExpressionSyntax;

    /// <summary>A reference to a user, external or runtime type usable as a value (for statics, new, instanceof).</summary>
    public JsExpr TypeRef(INamedTypeSymbol type)
    {
        var global = ProgramContext.AttributeString(type.OriginalDefinition, "JsGlobal");
        if (global is not null) return GlobalPath(global);
        if (ProgramContext.IsExternal(type))
        {
            var name = ProgramContext.AttributeString(type.OriginalDefinition, "Name") ?? type.Name;
            if (name.Contains('.')) return GlobalPath(name);
            return new JsIdentifier(name);
        }
        if (_p.IsLibrary(type) && ProgramContext.IsExceptionType(type)) return ExceptionClass(type);
        return new JsIdentifier(_p.Names.TypeName(type));
    }

    /// <summary>The class as the owner of a static field or property access: <c>C.$cctor()</c> from outside a lazily
    /// initialised class, so that its static constructor has run.</summary>
    private JsExpr StaticOwner(INamedTypeSymbol type)
    {
        var owner = TypeRef(type);
        if (!_p.IsLazyStatic(type)) return owner;
        if (ContainingType is not null && SymbolEqualityComparer.Default.Equals(ContainingType.OriginalDefinition, type.OriginalDefinition)) return owner;
        return Js.Call(Js.Dot(owner, "$cctor"));
    }

    private JsExpr GlobalPath(string path)
    {
        var parts = path.Split('.');
        _p.GlobalRoots.Add(parts[0]);
        _p.Names.ForeignMemberNames.UnionWith(parts);
        JsExpr e = new JsIdentifier(parts[0]);
        foreach (var part in parts.Skip(1)) e = Js.Dot(e, part);
        return e;
    }

    private JsExpr ExceptionClass(INamedTypeSymbol type)
    {
        var name = "$" + type.Name;
        if (type.Name == "SwitchExpressionException" || RuntimeHasHelper(name)) return Helper(name);
        Unsupported(null, "KJS0002", $"the exception type {type.ToDisplayString()} is not available in JavaScript; use one of the System exceptions the runtime provides or your own exception class");
        return Helper("$Exception");
    }

    private static bool RuntimeHasHelper(string name) => Runtime.RuntimeLibrary.Embedded.Contains(name);

    private void Unsupported(IOperation? op, string code, string message, Location? location = null)
    {
        var loc = location ?? (op ?? _current)?.Syntax.GetLocation() ?? Location.None;
        _p.Error(loc, code, message);
    }

    /// <summary>An expression that can be evaluated twice without repeating side effects.</summary>
    private JsExpr SideEffectFree(JsExpr e)
    {
        if (IsPure(e)) return e;
        var t = Temp();
        _sequencePrefix.Add(Js.Assign(t, e));
        return t;
    }

    private readonly List<JsExpr> _sequencePrefix = [];

    private static bool IsPure(JsExpr e) => e switch
    {
        JsIdentifier or JsThis or JsNumber or JsString or JsBool or JsNull or JsUndefined => true,
        JsMember m => !m.Optional && m.Object is JsIdentifier or JsThis,
        JsUnary { Operator: "-" } u => u.Operand is JsNumber,
        _ => false,
    };

    /// <summary>Evaluates <paramref name="build"/> with a fresh prefix of temp assignments and returns them in sequence.</summary>
    private JsExpr WithPrefix(Func<JsExpr> build)
    {
        var saved = _sequencePrefix.ToList();
        _sequencePrefix.Clear();
        var result = build();
        var prefix = _sequencePrefix.ToList();
        _sequencePrefix.Clear();
        _sequencePrefix.AddRange(saved);
        return prefix.Count == 0 ? result : new JsSequence([.. prefix, result]);
    }

    private JsExpr Capture(JsExpr e, out JsExpr assign)
    {
        if (IsPure(e)) { assign = e; return e; }
        var t = Temp();
        assign = Js.Assign(t, e);
        return t;
    }

    // ------------------------------------------------------------------ fields and properties

    private JsExpr? Receiver(IOperation? instance) => instance is null ? null : Expr(instance);

    private JsExpr FieldGet(IFieldReferenceOperation f)
    {
        var field = f.Field;
        if (field.ContainingType is { IsTupleType: true })
            return new JsIndex(Expr(f.Instance!), Js.Num(TupleIndex(field)));
        if (field.ContainingType?.TypeKind == TypeKind.Enum)
            return (_p.Names.IsDeclared(field.ContainingType) && !_p.InlineEnumValues) || ProgramContext.IsExternal(field.ContainingType)
                ? Js.Dot(TypeRef(field.ContainingType), field.Name)
                : Constant(field.ConstantValue, field.Type);
        if (_p.IsLibrary(field))
        {
            var receiver = Receiver(f.Instance);
            foreach (var lib in _p.Libraries)
                if (lib.LowerFieldGet(f, receiver, this) is { } done) return done;
            Unsupported(f, "KJS0002", $"the library field {field.ContainingType?.ToDisplayString()}.{field.Name} is not supported in JavaScript");
            return JsUndefined.Instance;
        }
        return Js.Dot(field.IsStatic ? StaticOwner(field.ContainingType!) : Expr(f.Instance!), _p.Names.MemberName(field));
    }

    private static int TupleIndex(IFieldSymbol field)
    {
        var corresponding = field.CorrespondingTupleField ?? field;
        var name = corresponding.Name;
        return name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(name[4..], out var n) ? n - 1 : 0;
    }

    private JsExpr PropertyGet(IPropertyReferenceOperation pr)
    {
        var prop = pr.Property;
        if (IsExceptionMember(prop)) return Js.Dot(Expr(pr.Instance!), prop.Name);
        if (prop.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            return prop.Name == "HasValue" ? Js.Bin("!=", Expr(pr.Instance!), JsNull.Instance) : Js.Call(Helper("$unbox"), Expr(pr.Instance!), Js.Bool(true));
        if (prop.Name == "Current" && IsEnumeratorType(prop.ContainingType))
            return Js.Dot(Expr(pr.Instance!), "Current");
        if (_p.IsLibrary(prop) && !_p.IsSource(prop))
        {
            var receiver = Receiver(pr.Instance);
            var args = Arguments(pr.Arguments, prop.Parameters);
            foreach (var lib in _p.Libraries)
                if (lib.LowerPropertyGet(pr, receiver, args, this) is { } done) return done;
            Unsupported(pr, "KJS0002", $"the library member {prop.ContainingType.ToDisplayString()}.{prop.Name} is not supported in JavaScript");
            return JsUndefined.Instance;
        }
        var template = ProgramContext.AttributeString(prop, "Template") ?? ProgramContext.AttributeString(prop.GetMethod, "Template");
        var target = prop.IsStatic ? StaticOwner(prop.ContainingType) : IsBaseAccess(pr.Instance) ? JsSuper.Instance : Expr(pr.Instance!);
        if (template is not null)
            return Template(template, prop.IsStatic ? null : target, prop.Parameters, Arguments(pr.Arguments, prop.Parameters), pr);
        if (prop.IsIndexer)
        {
            if (ProgramContext.IsExternal(prop) || _p.IsJsonShape(prop.ContainingType))
                return new JsIndex(target, Arguments(pr.Arguments, prop.Parameters)[0]);
            return Js.Call(Js.Dot(target, "get_Item"), Arguments(pr.Arguments, prop.Parameters));
        }
        JsExpr value = Js.Dot(target, _p.Names.MemberName(prop));
        if (_p.IsJsonShape(prop.ContainingType) && IsDateTime(prop.Type))
            value = Js.Call(Helper("$dateFromJson"), value);
        return value;
    }

    private static bool IsEnumeratorType(ITypeSymbol? t) =>
        t?.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IEnumerator<T>" or "System.Collections.IEnumerator" or "System.Collections.Generic.IAsyncEnumerator<T>";

    private static bool IsDateTime(ITypeSymbol t) => ProgramContext.StripNullable(t)?.ToDisplayString() is "System.DateTime" or "System.DateTimeOffset";

    private static bool IsExceptionMember(ISymbol member) =>
        member.ContainingType is { } t && ProgramContext.IsExceptionType(t) && !t.Locations.Any(l => l.IsInSource) &&
        member.Name is "Message" or "InnerException" or "StackTrace" or "ParamName" or "Source" or "UnmatchedValue";

    // ------------------------------------------------------------------ arrays

    private JsExpr ArrayCreation(IArrayCreationOperation ac)
    {
        if (ac.DimensionSizes.Length != 1)
            return UnsupportedExpr(ac, "a multi-dimensional array (use arrays of arrays)");
        if (ac.Initializer is not null)
            return new JsArray(ac.Initializer.ElementValues.Select(e => (JsExpr?)Expr(e)).ToList());
        var elementType = ((IArrayTypeSymbol)ac.Type!).ElementType;
        return Js.Call(Helper("$newArray"), Expr(ac.DimensionSizes[0]), DefaultValue(elementType));
    }

    private JsExpr ArrayElementGet(IArrayElementReferenceOperation ae)
    {
        if (ae.Indices.Length != 1) return UnsupportedExpr(ae, "a multi-dimensional array access");
        var array = Expr(ae.ArrayReference);
        if (ae.Indices[0] is IRangeOperation range)
            return Slice(array, range);
        var (arr, index) = IndexFromEnd(array, ae.Indices[0]);
        return Js.Call(Helper("$at"), arr, index);
    }

    private (JsExpr Array, JsExpr Index) IndexFromEnd(JsExpr array, IOperation index)
    {
        if (index is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
        {
            var arr = SideEffectFree(array);
            return (arr, Js.Bin("-", Js.Dot(arr, "length"), Expr(hat.Operand)));
        }
        if (index.Type?.Name == "Index")
            return (array, UnsupportedExpr(index, "a System.Index value that is not written as ^n"));
        return (array, Expr(index));
    }

    private JsExpr Slice(JsExpr array, IRangeOperation range)
    {
        var arr = SideEffectFree(array);
        JsExpr Bound(IOperation? b, JsExpr whenMissing) => b switch
        {
            null => whenMissing,
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat => Js.Bin("-", Js.Dot(arr, "length"), Expr(hat.Operand)),
            IConversionOperation { Operand: var inner } when b.Type?.Name == "Index" => Bound(inner, whenMissing),
            _ => Expr(b),
        };
        return Js.Call(Helper("$slice"), arr, Bound(range.LeftOperand, Js.Num(0)), Bound(range.RightOperand, Js.Dot(arr, "length")));
    }

    private JsExpr ImplicitIndexer(IOperation op)
    {
        if (op is IImplicitIndexerReferenceOperation ir)
        {
            var instance = Expr(ir.Instance);
            if (ir.Argument is IRangeOperation range) return Slice(instance, range);
            if (ir.Argument is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
            {
                var inst = SideEffectFree(instance);
                var lengthIsString = ir.Instance.Type?.SpecialType == SpecialType.System_String;
                var idx = Js.Bin("-", Js.Dot(inst, "length"), Expr(hat.Operand));
                return lengthIsString ? Js.Call(Helper("$charAt"), inst, idx) : Js.Call(Helper("$listAt"), inst, idx);
            }
        }
        return UnsupportedExpr(op, "this indexer");
    }

    // ------------------------------------------------------------------ objects

    private JsExpr AnonymousObject(IAnonymousObjectCreationOperation ao)
    {
        var props = new List<JsProperty>();
        foreach (var init in ao.Initializers)
            if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } a)
                props.Add(new JsProperty(p.Property.Name, Expr(a.Value)));
        return new JsObject(props);
    }

    private JsExpr With(IWithOperation w)
    {
        var clone = Js.Call(Helper("$clone"), Expr(w.Operand));
        if (w.Initializer.Initializers.Length == 0) return clone;
        var t = Temp();
        var parts = new List<JsExpr> { Js.Assign(t, clone) };
        _implicitReceivers.Push(t);
        foreach (var init in w.Initializer.Initializers) parts.Add(Expr(init, valueUsed: false));
        _implicitReceivers.Pop();
        parts.Add(t);
        return new JsSequence(parts);
    }

    private JsExpr CollectionExpression(ICollectionExpressionOperation ce)
    {
        var elements = ce.Elements.Select(e => (JsExpr?)(e is ISpreadOperation s ? new JsSpread(Expr(s.Operand)) : Expr(e))).ToList();
        var array = new JsArray(elements);
        var type = ce.Type;
        if (type is IArrayTypeSymbol) return array;
        var name = type?.OriginalDefinition.ToDisplayString() ?? "";
        if (name is "System.Collections.Generic.List<T>" or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.IEnumerable<T>"
            or "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyCollection<T>"
            or "System.ReadOnlySpan<T>" or "System.Span<T>")
            return array;
        if (name == "System.Collections.Generic.HashSet<T>" || name == "System.Collections.Generic.ISet<T>")
            return Js.New(Helper("$HashSet"), array);
        return UnsupportedExpr(ce, $"a collection expression of type {type?.ToDisplayString()}");
    }

    // ------------------------------------------------------------------ lambdas and delegates

    private JsExpr Lambda(IAnonymousFunctionOperation af)
    {
        var symbol = af.Symbol;
        var parameters = symbol.Parameters.Select(p => (JsExpr)new JsIdentifier(p.IsDiscard || p.Name == "_" ? LocalName(p, unique: true) : LocalName(p))).ToList();
        var body = FunctionBodyWithKind(symbol, af.Body);
        if (body.Statements.Count == 1 && body.Statements[0] is JsReturn { Value: { } value } && af.Body.Operations.Length <= 2
            && af.Body.Operations[0] is IReturnOperation { IsImplicit: true })
            return new JsArrow(parameters, value, symbol.IsAsync);
        if (body.Statements.Count == 1 && body.Statements[0] is JsExprStmt es && af.Syntax is LambdaExpressionSyntax { ExpressionBody: not null }
            && es.Expression is not JsAssign)
            return new JsArrow(parameters, Js.Block(body.Statements), symbol.IsAsync);
        return new JsArrow(parameters, body, symbol.IsAsync);
    }

    private JsExpr DelegateCreation(IDelegateCreationOperation dc)
    {
        switch (dc.Target)
        {
            case IAnonymousFunctionOperation af: return Lambda(af);
            case IMethodReferenceOperation mr: return MethodGroup(mr);
            default: return Expr(dc.Target);
        }
    }

    private JsExpr MethodGroup(IMethodReferenceOperation mr)
    {
        var method = mr.Method;
        if (method.MethodKind == MethodKind.LocalFunction) return new JsIdentifier(LocalName(method.OriginalDefinition));
        if (_p.IsLibrary(method))
        {
            var receiver = Receiver(mr.Instance);
            foreach (var lib in _p.Libraries)
                if (lib.LowerMethodGroup(mr, receiver, this) is { } done) return done;
            Unsupported(mr, "KJS0002", $"the library method {method.ContainingType.ToDisplayString()}.{method.Name} cannot be used as a delegate; wrap it in a lambda");
            return JsUndefined.Instance;
        }
        var ps = method.Parameters.Select(p => (JsExpr)new JsIdentifier("$" + p.Name)).ToList();
        JsExpr callee;
        if (method.IsStatic) callee = Js.Dot(TypeRef(method.ContainingType), _p.Names.MemberName(method));
        else
        {
            var recv = mr.Instance is null ? JsThis.Instance : Expr(mr.Instance);
            if (mr.Instance is not null && !IsPure(recv)) recv = SideEffectFree(recv);
            callee = Js.Dot(recv, _p.Names.MemberName(method));
        }
        if (method.IsExtensionMethod && mr.Instance is not null)
            return new JsArrow(ps.Skip(1).ToList(), Js.Call(Js.Dot(TypeRef(method.ContainingType), _p.Names.MemberName(method)), [Expr(mr.Instance), .. ps.Skip(1)]));
        return new JsArrow(ps, Js.Call(callee, ps));
    }
}
