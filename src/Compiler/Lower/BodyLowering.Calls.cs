using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

public sealed partial class BodyLowering
{
    /// <summary>Arguments in parameter order; params arrive as one array; out/ref as assignable targets.</summary>
    private List<JsExpr> Arguments(IEnumerable<IArgumentOperation> arguments, IReadOnlyList<IParameterSymbol> parameters)
    {
        var byOrdinal = arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal).ToList();
        var result = new List<JsExpr>();
        foreach (var a in byOrdinal)
        {
            if (IsCellParameter(a.Parameter!))
                result.Add(RefCell(a.Value));
            else if (a.ArgumentKind == ArgumentKind.ParamCollection && a.Value is not IArrayCreationOperation && a.Value is ICollectionExpressionOperation ce)
                result.Add(new JsArray(ce.Elements.Select(e => (JsExpr?)Expr(e)).ToList()));
            else
                result.Add(Expr(a.Value));
        }
        return result;
    }

    /// <summary>Arguments for a call into JavaScript: params spread, trailing defaults dropped.</summary>
    private List<JsExpr> ExternalArguments(IEnumerable<IArgumentOperation> arguments)
    {
        var ordered = arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal).ToList();
        while (ordered.Count > 0 && ordered[^1].ArgumentKind == ArgumentKind.DefaultValue) ordered.RemoveAt(ordered.Count - 1);
        var result = new List<JsExpr>();
        foreach (var a in ordered)
        {
            if (a.ArgumentKind is ArgumentKind.ParamArray or ArgumentKind.ParamCollection)
            {
                var value = Expr(a.Value);
                if (value is JsArray arr) result.AddRange(arr.Elements.Select(e => e ?? JsUndefined.Instance));
                else result.Add(new JsSpread(value));
            }
            else result.Add(Expr(a.Value));
        }
        return result;
    }

    // ------------------------------------------------------------------ invocations

    private JsExpr Invocation(IInvocationOperation inv)
    {
        var method = inv.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke)
            return Js.Call(Expr(inv.Instance!), Arguments(inv.Arguments, method.Parameters));
        if (method.MethodKind == MethodKind.LocalFunction)
            return Js.Call(new JsIdentifier(LocalName(method.OriginalDefinition)), Arguments(inv.Arguments, method.Parameters));

        if (IsExceptionMember(method) || (method.Name == "ToString" && method.Parameters.Length == 0 && inv.Instance is not null && ProgramContext.IsExceptionType(inv.Instance.Type)))
            return Js.Call(Js.Dot(Expr(inv.Instance!), method.Name), []);
        if (method.Name == "GetType" && method.Parameters.Length == 0)
        {
            Unsupported(inv, "KJS0107", "GetType() is reflection, which is not supported; use pattern matching (is/switch) or a virtual member");
            return JsUndefined.Instance;
        }

        if (CoreInvocation(inv) is { } core) return core;

        var template = ProgramContext.AttributeString(method, "Template");
        if (template is not null)
        {
            var recv = method.IsStatic || method.IsExtensionMethod ? null : Expr(inv.Instance!);
            return Template(template, recv, method.Parameters, Arguments(inv.Arguments, method.Parameters), inv);
        }

        if (_p.IsLibrary(method) && !_p.IsSource(method))
        {
            if (UserOverride(inv) is { } userCall) return userCall;
            var receiver = Receiver(inv.Instance);
            var args = Arguments(inv.Arguments, method.Parameters);
            foreach (var lib in _p.Libraries)
                if (lib.LowerInvocation(inv, receiver, args, this) is { } done) return done;
            Unsupported(inv, "KJS0002", $"the library method {method.ContainingType.ToDisplayString()}.{method.Name}({string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString()))}) is not supported in JavaScript");
            return JsUndefined.Instance;
        }

        if (ProgramContext.IsExternal(method))
        {
            var name = _p.Names.MemberName(method);
            var args = ExternalArguments(inv.Arguments);
            if (method.IsStatic)
            {
                var owner = ProgramContext.AttributeString(method.ContainingType, "JsGlobal") is not null || ProgramContext.AttributeString(method.ContainingType, "Name") is not null
                    ? TypeRef(method.ContainingType) : null;
                if (method.IsExtensionMethod && owner is null)
                    return Js.Call(Js.Dot(args[0], name), args.Skip(1).ToList());
                return Js.Call(owner is null ? new JsIdentifier(name) : Js.Dot(owner, name), args);
            }
            return Js.Call(Js.Dot(Expr(inv.Instance!), name), args);
        }

        var arguments = Arguments(inv.Arguments, method.Parameters);
        if (OmitsEmptyParams(inv)) arguments.RemoveAt(arguments.Count - 1);
        var memberName = _p.Names.MemberName(method);
        if (method.IsStatic)
            return Js.Call(Js.Dot(TypeRef(method.ContainingType), memberName), arguments);
        var target = IsBaseAccess(inv.Instance) ? (JsExpr)JsSuper.Instance : inv.Instance is null ? JsThis.Instance : Expr(inv.Instance);
        return Js.Call(Js.Dot(target, memberName), arguments);
    }

    /// <summary>A call that passes no element in its params array to a method whose JavaScript parameter defaults to
    /// <c>[]</c> (see <see cref="TakesEmptyParamsByDefault"/>): the fresh empty array is the callee's to make. Only where
    /// the call cannot dispatch to another method (static or non-virtual), so the callee is the one declared so.</summary>
    private bool OmitsEmptyParams(IInvocationOperation inv)
    {
        var method = inv.TargetMethod;
        if (!TakesEmptyParamsByDefault(method) || !_p.IsSource(method)) return false;
        if (!method.IsStatic && (method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface)) return false;
        var last = inv.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == method.Parameters.Length - 1);
        return last is { ArgumentKind: ArgumentKind.ParamArray, Value: IArrayCreationOperation { Initializer: { ElementValues.Length: 0 } or null, DimensionSizes: [{ ConstantValue: { HasValue: true, Value: 0 } }] } };
    }

    /// <summary>An ordinary method whose last parameter is a <c>params</c> array: declared with <c>= []</c> in JavaScript.</summary>
    internal static bool TakesEmptyParamsByDefault(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && method.Parameters.Length > 0 &&
        method.Parameters[^1] is { IsParams: true, Type: IArrayTypeSymbol, RefKind: RefKind.None };

    /// <summary>Members the core lowers itself: Nullable&lt;T&gt;, enumerators, tuples, record Deconstruct.</summary>
    private JsExpr? CoreInvocation(IInvocationOperation inv)
    {
        var method = inv.TargetMethod;
        var type = method.ContainingType;
        if (type is null) return null;
        if (method.Name == "GetHashCode" && method.Parameters.Length == 0 && inv.Instance?.Type is { IsValueType: true } valueType
            && !_p.IsSource(method) && BoxKind(valueType) is { } kind)
        {
            // A char's, long's, double's… hash code is its type's, not the JavaScript number's.
            var hashKind = ProgramContext.StripNullable(valueType)!.TypeKind == TypeKind.Enum ? Js.Str("enum") : kind;
            if (!ProgramContext.IsNullableValue(valueType)) return Js.Call(Helper("$boxHash"), Expr(inv.Instance), hashKind);
            var held = Capture(Expr(inv.Instance), out var first);
            return new JsConditional(Js.Bin("==", first, JsNull.Instance), Js.Num(0), Js.Call(Helper("$boxHash"), held, hashKind));
        }
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && inv.Instance is not null)
        {
            var value = Expr(inv.Instance);
            return method.Name switch
            {
                "GetValueOrDefault" => Js.Bin("??", value, inv.Arguments.Length == 1 ? Expr(inv.Arguments[0].Value) : DefaultValue(type.TypeArguments[0])),
                "ToString" => ToDisplayString(value, inv.Instance.Type),
                "Equals" => Js.Call(Helper("$eq"), value, Expr(inv.Arguments[0].Value)),
                "GetHashCode" => Js.Call(Helper("$hash"), value),
                _ => null,
            };
        }
        if (IsEnumeratorType(type) && inv.Instance is not null && method.Name is "MoveNext" or "Reset" or "Dispose" or "MoveNextAsync" or "DisposeAsync")
            return Js.Call(Js.Dot(Expr(inv.Instance), method.Name), []);
        if (method.Name == "GetEnumerator" && method.Parameters.Length == 0 && inv.Instance is not null && !_p.IsSource(method))
            return Js.Call(Helper("$enumerator"), Js.Call(new JsIndex(Expr(inv.Instance), Js.Dot(Js.Id("Symbol"), "iterator")), []));
        if (type.IsTupleType && inv.Instance is not null)
        {
            return method.Name switch
            {
                "Equals" => Js.Call(Helper("$tupleEq"), Expr(inv.Instance), Expr(inv.Arguments[0].Value)),
                "ToString" => ToDisplayString(Expr(inv.Instance), inv.Instance.Type),
                _ => null,
            };
        }
        if (type.IsRecord && method.IsImplicitlyDeclared && inv.Instance is not null && method.Name is "Equals" or "GetHashCode" or "ToString")
        {
            return method.Name switch
            {
                "Equals" => Js.Call(Helper("$eq"), Expr(inv.Instance), Expr(inv.Arguments[0].Value)),
                "GetHashCode" => Js.Call(Helper("$hash"), Expr(inv.Instance)),
                _ => ToDisplayString(Expr(inv.Instance), inv.Instance.Type),
            };
        }
        if (method.Name == "Deconstruct" && type.IsRecord && method.IsImplicitlyDeclared && inv.Instance is not null)
        {
            var recv = Capture(Expr(inv.Instance), out var first);
            var parts = new List<JsExpr>();
            if (!ReferenceEquals(recv, first)) parts.Add(first);
            foreach (var arg in inv.Arguments.OrderBy(a => a.Parameter!.Ordinal))
                parts.Add(Js.Assign(Expr(arg.Value), Js.Dot(recv, arg.Parameter!.Name)));
            return parts.Count == 1 ? parts[0] : new JsSequence(parts);
        }
        return null;
    }

    /// <summary>ToString/Equals/GetHashCode called on a user type resolve to System.Object's method; call the user's override.</summary>
    private JsExpr? UserOverride(IInvocationOperation inv)
    {
        var method = inv.TargetMethod;
        if (inv.Instance?.Type is not INamedTypeSymbol type || !_p.Names.IsDeclared(type) || type.TypeKind == TypeKind.Enum) return null;
        switch (method.Name)
        {
            case "ToString" when method.Parameters.Length == 0:
                return ToDisplayString(Expr(inv.Instance), type);
            case "Equals" when method.Parameters.Length == 1:
                return Js.Call(Helper("$eq"), Expr(inv.Instance), Expr(inv.Arguments[0].Value));
            case "GetHashCode" when method.Parameters.Length == 0:
                return Js.Call(Helper("$hash"), Expr(inv.Instance));
            default:
                return null;
        }
    }

    /// <summary><c>super(...)</c> for a <c>: base(...)</c> constructor initializer.</summary>
    public JsExpr BaseConstructorCall(IInvocationOperation init)
    {
        var ctor = init.TargetMethod;
        var type = ctor.ContainingType;
        List<JsExpr> args;
        if (_p.IsLibrary(type) && ProgramContext.IsExceptionType(type)) args = ExceptionArguments(ctor, init.Arguments);
        else if (ProgramContext.IsExternal(type)) args = ExternalArguments(init.Arguments);
        else args = ConstructorArguments(ctor.OriginalDefinition, Arguments(init.Arguments, ctor.Parameters));
        return Js.Call(JsSuper.Instance, args);
    }

    // ------------------------------------------------------------------ templates

    private static readonly Regex Placeholder = new(@"\{(\*?)(this|[A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.Compiled);

    private JsExpr Template(string template, JsExpr? receiver, IReadOnlyList<IParameterSymbol> parameters, IReadOnlyList<JsExpr> args, IOperation op)
    {
        var parts = new List<string>();
        var holes = new List<JsExpr>();
        // Each hole's value, keyed by where C# evaluates it: the receiver first, then the arguments left to right
        // (a params array's elements in order at their parameter's place).
        var values = new SortedDictionary<(int Parameter, int Element), JsExpr>();
        var holeKeys = new List<(int, int)?>();
        var text = "";
        void Hole(JsExpr e, (int, int)? key)
        {
            parts.Add(text);
            holes.Add(e);
            holeKeys.Add(key);
            text = "";
        }
        if (receiver is not null) values[(-1, 0)] = receiver;
        for (var i = 0; i < args.Count; i++)
        {
            if (i < parameters.Count && parameters[i].IsParams && args[i] is JsArray elements && template.Contains("{*" + parameters[i].Name + "}"))
            {
                for (var j = 0; j < elements.Elements.Count; j++) values[(i, j)] = elements.Elements[j] ?? JsUndefined.Instance;
            }
            else values[(i, 0)] = args[i];
        }
        var last = 0;
        foreach (Match m in Placeholder.Matches(template))
        {
            text += template[last..m.Index];
            last = m.Index + m.Length;
            var name = m.Groups[2].Value;
            if (name == "this")
            {
                Hole(receiver ?? JsUndefined.Instance, receiver is null ? null : (-1, 0));
                continue;
            }
            var index = parameters.ToList().FindIndex(p => p.Name == name);
            if (index < 0 || index >= args.Count)
            {
                Unsupported(op, "KJS0113", $"[Template] placeholder '{{{name}}}' does not name a parameter; use the parameter names of {parameters.FirstOrDefault()?.ContainingSymbol.Name}");
                Hole(JsUndefined.Instance, null);
                continue;
            }
            var value = args[index];
            if (m.Groups[1].Value == "*")
            {
                if (value is JsArray arr)
                {
                    // A params array spreads into separate arguments: "f({*xs})" → "f(a, b, c)".
                    if (arr.Elements.Count == 0 && text.TrimEnd().EndsWith(',')) text = text.TrimEnd()[..^1];
                    for (var i = 0; i < arr.Elements.Count; i++)
                    {
                        if (i > 0) text += ", ";
                        Hole(arr.Elements[i] ?? JsUndefined.Instance, values.ContainsKey((index, i)) ? (index, i) : null);
                    }
                }
                else Hole(new JsSpread(value), (index, 0));
            }
            else Hole(value, (index, 0));
        }
        parts.Add(text + template[last..]);
        if (_p.ShortTemplateCalls && parts.Any(CreateElementCall.IsMatch))
        {
            parts = parts.Select(part => CreateElementCall.Replace(part, "$$createElement(")).ToList();
            Helper("$createElement");
        }
        var hoisted = HoistTemplateValues(values, holeKeys);
        if (hoisted.Count == 0) return new JsTemplate(parts, holes);
        for (var h = 0; h < holes.Count; h++)
        {
            if (holeKeys[h] is { } key && hoisted.TryGetValue(key, out var temp))
                holes[h] = holes[h] is JsSpread ? new JsSpread(temp) : temp;
        }
        var sequence = values.Keys.Where(hoisted.ContainsKey).Select(key => (JsExpr)new JsAssign(hoisted[key], values[key])).ToList();
        sequence.Add(new JsTemplate(parts, holes));
        return new JsSequence(sequence);
    }

    /// <summary>The values a template's text would evaluate other than C# does — more or less than once, or out of
    /// order — each given a temporary assigned in C#'s order before the template runs. Constants may be repeated and
    /// reordered freely; reads of a local only while no other value can have side effects.</summary>
    private Dictionary<(int, int), JsIdentifier> HoistTemplateValues(SortedDictionary<(int Parameter, int Element), JsExpr> values, List<(int, int)?> holeKeys)
    {
        static bool Constant(JsExpr e) => e is JsNumber or JsString or JsBool or JsNull or JsUndefined or JsThis
            or JsUnary { Operand: JsNumber };
        var hoisted = new Dictionary<(int, int), JsIdentifier>();
        var effects = values.Values.Any(v => !Constant(v) && v is not JsIdentifier);
        if (!effects) return hoisted;
        var order = holeKeys.Where(k => k is { } key && !Constant(values[key])).Select(k => k!.Value).ToList();
        var expected = values.Keys.Where(k => !Constant(values[k])).ToList();
        if (order.SequenceEqual(expected)) return hoisted;
        foreach (var key in expected) hoisted[key] = Temp();
        return hoisted;
    }

    private static readonly Regex CreateElementCall = new(@"(?<![\w$.])pluginLib\.React\.createElement\(", RegexOptions.Compiled);

    // ------------------------------------------------------------------ object creation

    private JsExpr ObjectCreation(IObjectCreationOperation oc)
    {
        var type = (INamedTypeSymbol)oc.Type!;
        var ctor = oc.Constructor!;

        if (ProgramContext.IsObjectLiteral(type) || (_p.IsJsonShape(type) && !ProgramContext.IsExternal(type) || _p.IsJsonShape(type)))
            return ObjectLiteral(oc);

        JsExpr creation;
        var template = ProgramContext.AttributeString(ctor, "Template");
        if (template is not null)
            creation = Template(template, null, ctor.Parameters, Arguments(oc.Arguments, ctor.Parameters), oc);
        else if (_p.IsLibrary(type) && ProgramContext.IsExceptionType(type))
            creation = new JsNew(ExceptionClass(type), ExceptionArguments(ctor, oc.Arguments));
        else if (_p.IsLibrary(type))
        {
            if (oc.Initializer is not null && IsListType(type) && oc.Arguments.Length == 0 && oc.Initializer.Initializers.All(i => i is IInvocationOperation { TargetMethod.Name: "Add" }))
                return new JsArray(oc.Initializer.Initializers.Select(i => (JsExpr?)Expr(((IInvocationOperation)i).Arguments[0].Value)).ToList());
            var args = Arguments(oc.Arguments, ctor.Parameters);
            JsExpr? done = null;
            foreach (var lib in _p.Libraries)
                if ((done = lib.LowerObjectCreation(oc, args, this)) is not null) break;
            if (done is null)
            {
                Unsupported(oc, "KJS0002", $"new {type.ToDisplayString()}(...) is not supported in JavaScript");
                return JsUndefined.Instance;
            }
            creation = done;
        }
        else if (ProgramContext.IsExternal(type))
            creation = new JsNew(TypeRef(type), ExternalArguments(oc.Arguments));
        else if (type.TypeKind == TypeKind.Struct && ctor.IsImplicitlyDeclared && ctor.Parameters.Length == 0)
            creation = StructDefault(type);
        else
            creation = new JsNew(TypeRef(type), ConstructorArguments(ctor, Arguments(oc.Arguments, ctor.Parameters)));

        return oc.Initializer is null ? creation : ApplyInitializer(creation, oc.Initializer);
    }

    private static bool IsListType(INamedTypeSymbol type) => type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";

    /// <summary>User constructors: a class with several constructors takes the constructor's index first.</summary>
    public List<JsExpr> ConstructorArguments(IMethodSymbol ctor, List<JsExpr> args)
    {
        var index = ConstructorIndex(ctor);
        if (index < 0) return args;
        return [Js.Num(index), .. args];
    }

    /// <summary>-1 when the type has a single constructor, else the constructor's position among the declared ones.</summary>
    public static int ConstructorIndex(IMethodSymbol ctor)
    {
        var ctors = InstanceConstructors(ctor.ContainingType);
        return ctors.Count <= 1 ? -1 : ctors.FindIndex(c => SymbolEqualityComparer.Default.Equals(c, ctor.OriginalDefinition));
    }

    public static List<IMethodSymbol> InstanceConstructors(INamedTypeSymbol type) =>
        type.OriginalDefinition.InstanceConstructors
            .Where(c => !(type.IsRecord && c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type.OriginalDefinition) && c.IsImplicitlyDeclared))
            .Where(c => !(type.IsValueType && c.Parameters.Length == 0 && c.IsImplicitlyDeclared))
            .OrderBy(c => c.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1)
            .ThenBy(c => c.Parameters.Length)
            .ToList();

    /// <summary>System exceptions take (message, innerException, paramName) in the runtime.</summary>
    private List<JsExpr> ExceptionArguments(IMethodSymbol ctor, IEnumerable<IArgumentOperation> arguments)
    {
        JsExpr message = JsUndefined.Instance, inner = JsUndefined.Instance, param = JsUndefined.Instance;
        foreach (var a in arguments)
        {
            var value = Expr(a.Value);
            switch (a.Parameter?.Name)
            {
                case "message": message = value; break;
                case "innerException": inner = value; break;
                case "paramName": param = value; break;
                default:
                    Unsupported(a, "KJS0002", $"the exception constructor parameter '{a.Parameter?.Name}' is not supported; pass a message");
                    break;
            }
        }
        var list = new List<JsExpr> { message, inner, param };
        while (list.Count > 0 && list[^1] is JsUndefined) list.RemoveAt(list.Count - 1);
        return list;
    }

    private JsExpr ApplyInitializer(JsExpr creation, IObjectOrCollectionInitializerOperation init)
    {
        if (init.Initializers.Length == 0) return creation;
        var simple = init.Initializers.All(i => i is ISimpleAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } } a
                                                && IsPlainMember(a.Target));
        if (simple)
        {
            var props = init.Initializers.Cast<ISimpleAssignmentOperation>()
                .Select(a => new JsProperty(MemberTargetName(a.Target), Expr(a.Value))).ToList();
            return Js.Call(Js.Dot(Js.Id("Object"), "assign"), creation, new JsObject(props));
        }
        var t = Temp();
        var parts = new List<JsExpr> { Js.Assign(t, creation) };
        _implicitReceivers.Push(t);
        foreach (var i in init.Initializers) parts.Add(InitializerElement(i));
        _implicitReceivers.Pop();
        parts.Add(t);
        return new JsSequence(parts);
    }

    private JsExpr InitializerElement(IOperation i)
    {
        if (i is IMemberInitializerOperation mi)
        {
            // "Prop = { … }" initializes the existing value of Prop.
            var target = Expr(mi.InitializedMember);
            var t = Temp();
            var parts = new List<JsExpr> { Js.Assign(t, target) };
            _implicitReceivers.Push(t);
            foreach (var inner in mi.Initializer.Initializers) parts.Add(InitializerElement(inner));
            _implicitReceivers.Pop();
            return new JsSequence(parts);
        }
        return Expr(i, valueUsed: false);
    }

    private bool IsPlainMember(IOperation target)
    {
        var member = target switch
        {
            IFieldReferenceOperation f => (ISymbol)f.Field,
            IPropertyReferenceOperation p => p.Property,
            _ => null,
        };
        return member is not null && !_p.IsLibrary(member) && ProgramContext.AttributeString(member, "Template") is null
               && !(member is IPropertySymbol ps && ProgramContext.AttributeString(ps.SetMethod, "Template") is not null);
    }

    private string MemberTargetName(IOperation target) => target switch
    {
        IFieldReferenceOperation f => _p.Names.MemberName(f.Field),
        IPropertyReferenceOperation p => _p.Names.MemberName(p.Property),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>[ObjectLiteral] and JSON-shape creation: a plain object with only the assigned members.</summary>
    private JsExpr ObjectLiteral(IObjectCreationOperation oc)
    {
        if (oc.Arguments.Length > 0)
            return UnsupportedExpr(oc, "constructor arguments for an [ObjectLiteral]/JSON-shape type");
        var props = new List<JsProperty>();
        foreach (var i in oc.Initializer?.Initializers ?? [])
        {
            switch (i)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation or IFieldReferenceOperation } a when IsPlainMember(a.Target) || _p.IsJsonShape(oc.Type):
                    props.Add(new JsProperty(MemberTargetName(a.Target), Expr(a.Value)));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } ip } a2:
                    props.Add(new JsProperty(null, Expr(a2.Value), Expr(ip.Arguments[0].Value)));
                    break;
                default:
                    props.Add(new JsProperty("$unsupported", UnsupportedExpr(i, "this initializer of an [ObjectLiteral]/JSON-shape type")));
                    break;
            }
        }
        return new JsObject(props);
    }
}
