using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

/// <summary>Lowers one class, record or struct to an ES class, plus its static initialisation statements.</summary>
public sealed class TypeLowering
{
    private readonly ProgramContext _p;
    private readonly INamedTypeSymbol _type;
    private readonly string _name;

    public TypeLowering(ProgramContext p, INamedTypeSymbol type)
    {
        _p = p;
        _type = type;
        _name = p.Names.TypeName(type);
    }

    public static SourceLocation? Loc(ISymbol symbol)
    {
        var loc = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        if (loc is null) return null;
        var span = loc.GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character);
    }

    private SemanticModel ModelFor(SyntaxNode node) => _p.Model(node.SyntaxTree);

    private IEnumerable<ISymbol> MembersInOrder() => _type.GetMembers()
        .Where(m => m.Locations.Any(l => l.IsInSource) || m.IsImplicitlyDeclared)
        .OrderBy(m => m.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
        .ThenBy(m => m.Locations.FirstOrDefault(l => l.IsInSource)?.SourceSpan.Start ?? int.MaxValue);

    private bool IsAutoProperty(IPropertySymbol prop) =>
        _type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, prop));

    private static bool IsPositional(IPropertySymbol prop) =>
        prop.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax);

    private static bool NeedsAccessors(IPropertySymbol prop) => prop.IsVirtual || prop.IsOverride || prop.IsAbstract;

    // ------------------------------------------------------------------ class

    public JsStmt Lower()
    {
        var members = new List<JsClassMember>();
        CheckComparerNames();
        var extends = BaseClass();
        members.AddRange(Constructor(extends is not null));
        foreach (var member in MembersInOrder())
        {
            switch (member)
            {
                case IPropertySymbol prop when !prop.IsAbstract:
                    members.AddRange(Property(prop));
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation } method
                    when !method.IsAbstract && !method.IsImplicitlyDeclared && !method.IsPartialDefinition && !IsShadowedExplicitImplementation(method):
                    if (Method(method) is { } m) members.Add(m);
                    break;
            }
        }
        if (_p.NeedsValueMethods(_type))
        {
            if (_type.IsRecord) members.AddRange(RecordMembers());
            else if (DefaultToString() is { } toString) members.Add(toString);
        }
        foreach (var iface in _type.AllInterfaces.Where(i => _p.Names.IsDeclared(i)).Select(i => i.OriginalDefinition).Distinct(SymbolEqualityComparer.Default).Cast<INamedTypeSymbol>())
            members.Add(new JsMethod("$is_" + _p.Names.TypeName(iface), [], Js.Block(new JsReturn(Js.Bool(true))), Kind: JsMethodKind.Getter));
        if (ProgramContext.IsExceptionType(_type))
            members.Add(new JsField("$typeName", Js.Str(_type.ToDisplayString()), IsStatic: true));
        if (_p.IsLazyStatic(_type)) members.Add(LazyStaticMethod());
        if (IsUserEnumerable() && !members.OfType<JsMethod>().Any(m => m.ComputedKey is not null))
        {
            // foreach over a class with GetEnumerator(): a JS iterator over MoveNext/Current.
            var lowering = new BodyLowering(_p, null);
            members.Add(new JsMethod("", [], Js.Block(new JsReturn(Js.Call(lowering.Helper("$iteratorOf"), Js.Call(Js.Dot(JsThis.Instance, "GetEnumerator"))))),
                ComputedKey: Js.Dot(Js.Id("Symbol"), "iterator")));
        }

        return new JsClassDecl(new JsClass(_name, extends, members)) with { Location = Loc(_type) };
    }

    /// <summary>The runtime calls a comparer's methods by fixed names (<see cref="Naming.ComparerRole"/>); an
    /// implementation those names cannot reach (one class comparing two types, or a method inherited from a class
    /// that is not itself the comparer) would silently call something else.</summary>
    private void CheckComparerNames()
    {
        var seen = new Dictionary<string, IMethodSymbol>(StringComparer.Ordinal);
        foreach (var (iface, member, implementation) in Naming.ComparerImplementations(_type))
        {
            var role = Naming.RoleName(member);
            var clash = seen.TryGetValue(role, out var other) && !SymbolEqualityComparer.Default.Equals(other.OriginalDefinition, implementation.OriginalDefinition);
            if (clash || !_p.IsSource(implementation) || _p.Names.MemberName(implementation) != role)
            {
                _p.Error(_type.Locations[0], "KJS0002", $"{_type.Name} implements {iface.ToDisplayString()}.{member.Name} in a way JavaScript cannot call by one name (a second comparer interface of the same kind, or an implementation inherited from a class that does not implement it): implement each comparer interface once, in the class that declares the method");
                return;
            }
            seen[role] = implementation;
        }
    }

    /// <summary>object.ToString() of a class or struct that overrides it nowhere in its chain is the full type name
    /// (Namespace.Outer+Inner). Type arguments are erased, so a generic type's instance cannot name itself: that
    /// ToString throws rather than print a wrong name.</summary>
    private JsMethod? DefaultToString()
    {
        if (_type.IsStatic || _type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || ProgramContext.IsExceptionType(_type)) return null;
        for (var t = _type; t is not null && t.SpecialType != SpecialType.System_Object && t.SpecialType != SpecialType.System_ValueType; t = t.BaseType)
        {
            if (!_p.IsSource(t)) return null;
            if (t.GetMembers("ToString").Length > 0) return null;
        }
        var lowering = new BodyLowering(_p, null);
        for (var t = _type; t is not null; t = t.ContainingType)
            if (t.IsGenericType)
                return new JsMethod("ToString", [], Js.Block(new JsThrow(new JsNew(lowering.Helper("$NotSupportedException"),
                    [Js.Str($"ToString() of an instance of the generic type {_type.Name}: its type arguments are erased in JavaScript; override ToString")]))));
        var name = _type.Name;
        for (var t = _type.ContainingType; t is not null; t = t.ContainingType) name = t.Name + "+" + name;
        if (_type.ContainingNamespace is { IsGlobalNamespace: false } ns) name = ns.ToDisplayString() + "." + name;
        return new JsMethod("ToString", [], Js.Block(new JsReturn(Js.Str(name))));
    }

    /// <summary>An explicit implementation of a library interface method named like another member of the class
    /// (IEnumerable.GetEnumerator beside IEnumerable&lt;T&gt;.GetEnumerator) would replace it in JavaScript.</summary>
    private bool IsShadowedExplicitImplementation(IMethodSymbol method) =>
        method.MethodKind == MethodKind.ExplicitInterfaceImplementation && !_p.IsSource(method.ExplicitInterfaceImplementations[0])
        && _type.GetMembers().OfType<IMethodSymbol>().Any(m => !SymbolEqualityComparer.Default.Equals(m, method) && m.MethodKind == MethodKind.Ordinary
                                                               && _p.Names.MemberName(m) == _p.Names.MemberName(method));

    private bool IsUserEnumerable() =>
        _type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IEnumerable<T>" or "System.Collections.IEnumerable")
        && _type.GetMembers("GetEnumerator").Any();

    private JsExpr? BaseClass()
    {
        var b = _type.BaseType;
        if (b is null || b.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType) return null;
        var lowering = new BodyLowering(_p, null);
        if (_p.IsLibrary(b) && !ProgramContext.IsExceptionType(b))
        {
            _p.Error(_type.Locations[0], "KJS0002", $"deriving from the library type {b.ToDisplayString()} is not supported");
            return null;
        }
        return lowering.TypeRef(b);
    }

    // ------------------------------------------------------------------ constructors

    private IEnumerable<JsClassMember> Constructor(bool hasBase)
    {
        if (_type.IsStatic) yield break;
        var ctors = BodyLowering.InstanceConstructors(_type);
        if (ctors.Count == 0)
        {
            if (_p.IsLazyStatic(_type)) yield return new JsMethod("constructor", [], Guarded(Js.Block()));
            yield break;
        }
        if (ctors.Count == 1)
        {
            var lowering = new BodyLowering(_p, CtorBody(ctors[0])) { ContainingType = _type };
            var ps = ctors[0].Parameters.Select(p => (JsExpr)new JsIdentifier(lowering.LocalName(p))).ToList();
            var body = CtorStatements(ctors[0], lowering, hasBase);
            if (body.Count == 0 && ps.Count == 0 && !_p.IsLazyStatic(_type)) yield break;
            yield return new JsMethod("constructor", ps, Guarded(Js.Block(body)));
            yield break;
        }
        // Several constructors: the first argument says which one; the rest are its parameters.
        var cases = new List<JsStmt>();
        var kParam = new JsIdentifier("$ctor");
        var argsParam = new JsIdentifier("$args");
        for (var i = ctors.Count - 1; i >= 0; i--)
        {
            var lowering = new BodyLowering(_p, CtorBody(ctors[i])) { ContainingType = _type };
            var stmts = new List<JsStmt>();
            if (ctors[i].Parameters.Length > 0)
                stmts.Add(new JsVar("let", [new JsDeclarator(new JsArrayPattern(ctors[i].Parameters.Select(p => (JsExpr?)new JsIdentifier(lowering.LocalName(p))).ToList()), argsParam)]));
            stmts.AddRange(CtorStatements(ctors[i], lowering, hasBase));
            var block = Js.Block(stmts);
            cases.Insert(0, i == ctors.Count - 1 && false ? block : new JsIf(Js.Bin("===", kParam, Js.Num(i)), block));
        }
        // Chain as if/else so exactly one branch (and one super call) runs.
        JsStmt? chain = null;
        for (var i = cases.Count - 1; i >= 0; i--)
        {
            var c = (JsIf)cases[i];
            chain = chain is null ? c.Then : new JsIf(c.Test, c.Then, chain);
        }
        yield return new JsMethod("constructor", [kParam, new JsSpread(argsParam)], Guarded(Js.Block(chain!)));
    }

    private IOperation? CtorBody(IMethodSymbol ctor)
    {
        var syntax = ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        return syntax is ConstructorDeclarationSyntax ? ModelFor(syntax).GetOperation(syntax) : null;
    }

    /// <summary>Statements of one constructor: base/this call, field initialisers, primary parameters, body.</summary>
    private List<JsStmt> CtorStatements(IMethodSymbol ctor, BodyLowering lowering, bool hasBase)
    {
        lowering.InConstructor = true;
        var result = new List<JsStmt>();
        var syntax = ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var op = syntax is ConstructorDeclarationSyntax ? ModelFor(syntax).GetOperation(syntax) as IConstructorBodyOperation : null;
        var initializer = op?.Initializer is IExpressionStatementOperation { Operation: IInvocationOperation inv } ? inv : null;
        if (syntax is TypeDeclarationSyntax { BaseList: { } baseList })
        {
            var primaryBase = baseList.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault();
            if (primaryBase is not null && ModelFor(primaryBase).GetOperation(primaryBase) is IInvocationOperation pinv) initializer = pinv;
        }
        if (initializer is not null && SymbolEqualityComparer.Default.Equals(initializer.TargetMethod.ContainingType.OriginalDefinition, _type.OriginalDefinition))
        {
            // this(...): evaluate the arguments, then run the target constructor with them.
            var target = initializer.TargetMethod.OriginalDefinition;
            var chainName = "$chain" + (lowering.ChainDepth == 0 ? "" : lowering.ChainDepth.ToString());
            var argValues = lowering.StatementsFor(() => Js.Const(chainName, new JsArray(initializer.Arguments.OrderBy(a => a.Parameter!.Ordinal).Select(a => (JsExpr?)lowering.Expr(a.Value)).ToList())));
            result.AddRange(argValues);
            var targetLowering = new BodyLowering(_p, CtorBody(target)) { ContainingType = _type, ChainDepth = lowering.ChainDepth + 1 };
            var inner = new List<JsStmt>();
            if (target.Parameters.Length > 0)
                inner.Add(new JsVar("let", [new JsDeclarator(new JsArrayPattern(target.Parameters.Select(p => (JsExpr?)new JsIdentifier(targetLowering.LocalName(p))).ToList()), new JsIdentifier(chainName))]));
            inner.AddRange(CtorStatements(target, targetLowering, hasBase));
            result.Add(Js.Block(inner));
        }
        else
        {
            if (hasBase)
            {
                // C# runs field initialisers before the base constructor; JavaScript cannot touch "this" before
                // super(), so initialisers with effects are evaluated first and stored after.
                var early = EarlyFieldInitializers(lowering, result);
                if (initializer is not null)
                {
                    result.AddRange(lowering.StatementsFor(() =>
                    {
                        return Js.Stmt(lowering.BaseConstructorCall(initializer));
                    }));
                }
                else result.Add(Js.Stmt(Js.Call(JsSuper.Instance, BaseDefaultArgs())));
                result.AddRange(FieldInitializers(lowering, early));
            }
            else result.AddRange(FieldInitializers(lowering, null));
            result.AddRange(PrimaryParameters(ctor, lowering));
        }
        if (op is not null)
        {
            var body = (IOperation?)op.BlockBody ?? op.ExpressionBody;
            if (body is not null) result.AddRange(lowering.FunctionBody(body).Statements);
        }
        return result;
    }

    private List<JsExpr> BaseDefaultArgs()
    {
        var b = _type.BaseType!;
        if (!_p.Names.IsDeclared(b)) return [];
        var baseCtors = BodyLowering.InstanceConstructors(b);
        var parameterless = baseCtors.FindIndex(c => c.Parameters.Length == 0);
        return baseCtors.Count > 1 && parameterless >= 0 ? [Js.Num(parameterless)] : [];
    }

    private IEnumerable<JsStmt> PrimaryParameters(IMethodSymbol ctor, BodyLowering lowering)
    {
        if (ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not TypeDeclarationSyntax) yield break;
        foreach (var p in ctor.Parameters)
        {
            if (_type.IsRecord)
            {
                var prop = _type.GetMembers(p.Name).OfType<IPropertySymbol>().FirstOrDefault();
                if (prop is not null && IsPositional(prop))
                {
                    var target = NeedsAccessors(prop) ? "$" + prop.Name : _p.Names.MemberName(prop);
                    yield return Js.Stmt(Js.Assign(Js.Dot(JsThis.Instance, target), new JsIdentifier(lowering.LocalName(p))));
                }
            }
            else if (IsCapturedPrimaryParameter(p))
                yield return Js.Stmt(Js.Assign(Js.Dot(JsThis.Instance, "$" + p.Name), new JsIdentifier(lowering.LocalName(p))));
        }
    }

    private bool IsCapturedPrimaryParameter(IParameterSymbol p) =>
        _type.GetMembers().Any(m => m is IMethodSymbol or IPropertySymbol && !m.IsImplicitlyDeclared &&
            m.DeclaringSyntaxReferences.Any(r => r.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>()
                .Any(id => id.Identifier.Text == p.Name && SymbolEqualityComparer.Default.Equals(ModelFor(id).GetSymbolInfo(id).Symbol, p))));

    /// <summary>Registers captured primary-constructor parameters so member bodies read <c>this.$name</c>.</summary>
    private void RegisterPrimaryParameters(BodyLowering lowering)
    {
        var primary = _type.InstanceConstructors.FirstOrDefault(c => c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax);
        if (primary is null || _type.IsRecord) return;
        foreach (var p in primary.Parameters) lowering.PrimaryParameterFields[p] = "$" + p.Name;
    }

    /// <summary>Evaluates initialisers that call code into locals before super(); returns member → local.</summary>
    private Dictionary<ISymbol, JsExpr> EarlyFieldInitializers(BodyLowering lowering, List<JsStmt> output)
    {
        var early = new Dictionary<ISymbol, JsExpr>(SymbolEqualityComparer.Default);
        var index = 0;
        foreach (var member in MembersInOrder().Where(m => !m.IsStatic && m is IFieldSymbol { IsConst: false, AssociatedSymbol: null } or IPropertySymbol))
        {
            if (member is IPropertySymbol prop && (!IsAutoProperty(prop) || prop.IsAbstract)) continue;
            var init = Initializer(member);
            if (init is null || !init.DescendantsAndSelf().Any(d => d is IInvocationOperation or IObjectCreationOperation { Type: not null } && d is not IObjectCreationOperation { Arguments.Length: 0, Initializer: null })) continue;
            var name = "$init" + (index++);
            output.AddRange(lowering.StatementsFor(() => Js.Const(name, lowering.Expr(init))));
            early[member] = new JsIdentifier(name);
        }
        return early;
    }

    private IEnumerable<JsStmt> FieldInitializers(BodyLowering lowering, Dictionary<ISymbol, JsExpr>? early)
    {
        foreach (var member in MembersInOrder())
        {
            if (member.IsStatic) continue;
            switch (member)
            {
                case IFieldSymbol { IsConst: false } field when field.AssociatedSymbol is null:
                {
                    var init = Initializer(field);
                    var name = _p.Names.MemberName(field);
                    if (early is not null && early.TryGetValue(field, out var earlyValue))
                    {
                        yield return Js.Stmt(Js.Assign(Js.Dot(JsThis.Instance, name), earlyValue));
                        break;
                    }
                    foreach (var s in lowering.StatementsFor(() => Js.Stmt(Js.Assign(Js.Dot(JsThis.Instance, name), init is null ? lowering.DefaultValue(field.Type, field.Locations.FirstOrDefault()) : lowering.Expr(init)))))
                        yield return s;
                    break;
                }
                case IPropertySymbol prop when IsAutoProperty(prop) && !prop.IsAbstract:
                {
                    var init = Initializer(prop);
                    var name = NeedsAccessors(prop) ? "$" + prop.Name : _p.Names.MemberName(prop);
                    if (_type.IsRecord && init is null && IsPositional(prop)) break;
                    if (early is not null && early.TryGetValue(prop, out var earlyProp))
                    {
                        yield return Js.Stmt(Js.Assign(Js.Dot(JsThis.Instance, name), earlyProp));
                        break;
                    }
                    foreach (var s in lowering.StatementsFor(() => Js.Stmt(Js.Assign(Js.Dot(JsThis.Instance, name), init is null ? lowering.DefaultValue(prop.Type, prop.Locations.FirstOrDefault()) : lowering.Expr(init)))))
                        yield return s;
                    break;
                }
            }
        }
    }

    private IOperation? Initializer(ISymbol member)
    {
        foreach (var r in member.DeclaringSyntaxReferences)
        {
            var syntax = r.GetSyntax();
            EqualsValueClauseSyntax? clause = syntax switch
            {
                VariableDeclaratorSyntax v => v.Initializer,
                PropertyDeclarationSyntax p => p.Initializer,
                _ => null,
            };
            if (clause is null) continue;
            var op = ModelFor(clause).GetOperation(clause);
            return op switch
            {
                IFieldInitializerOperation fi => fi.Value,
                IPropertyInitializerOperation pi => pi.Value,
                _ => op,
            };
        }
        return null;
    }

    // ------------------------------------------------------------------ properties and methods

    private IEnumerable<JsClassMember> Property(IPropertySymbol prop)
    {
        if (prop.IsIndexer)
        {
            if (prop.GetMethod is { } g && Accessor(g, "get_Item", JsMethodKind.Method) is { } gm) yield return gm;
            if (prop.SetMethod is { } s && Accessor(s, "set_Item", JsMethodKind.Method) is { } sm) yield return sm;
            yield break;
        }
        var name = _p.Names.MemberName(prop);
        if (IsAutoProperty(prop))
        {
            if (!NeedsAccessors(prop) || prop.IsStatic && !NeedsAccessors(prop)) yield break;
            var backing = Js.Dot(prop.IsStatic ? new JsIdentifier(_name) : JsThis.Instance, "$" + prop.Name);
            yield return new JsMethod(name, [], Js.Block(new JsReturn(backing)), prop.IsStatic, JsMethodKind.Getter);
            if (prop.SetMethod is not null)
                yield return new JsMethod(name, [Js.Id("value")], Js.Block(Js.Stmt(Js.Assign(backing, Js.Id("value")))), prop.IsStatic, JsMethodKind.Setter);
            yield break;
        }
        if (prop.GetMethod is { } getter && Accessor(getter, name, JsMethodKind.Getter) is { } gget) yield return gget;
        else if (prop.IsOverride && !prop.IsStatic)
            // An override declaring only the setter keeps the inherited getter (a JS setter alone would hide it).
            yield return new JsMethod(name, [], Js.Block(new JsReturn(Js.Dot(JsSuper.Instance, name))), Kind: JsMethodKind.Getter);
        if (prop.SetMethod is { } setter && Accessor(setter, name, JsMethodKind.Setter) is { } sset) yield return sset;
        else if (prop.IsOverride && !prop.IsStatic && prop.OverriddenProperty?.SetMethod is not null)
            yield return new JsMethod(name, [Js.Id("value")], Js.Block(Js.Stmt(Js.Assign(Js.Dot(JsSuper.Instance, name), Js.Id("value")))), Kind: JsMethodKind.Setter);
    }

    private JsMethod? Accessor(IMethodSymbol accessor, string name, JsMethodKind kind)
    {
        var syntax = accessor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        IOperation? body = null;
        if (syntax is AccessorDeclarationSyntax acc)
        {
            var op = ModelFor(acc).GetOperation(acc);
            body = op is IMethodBodyOperation mb ? (IOperation?)mb.BlockBody ?? mb.ExpressionBody : op;
        }
        else if (syntax is ArrowExpressionClauseSyntax arrow)
            body = ModelFor(arrow).GetOperation(arrow);
        else if (syntax is PropertyDeclarationSyntax { ExpressionBody: { } eb })
            body = ModelFor(eb).GetOperation(eb);
        else if (syntax is IndexerDeclarationSyntax { ExpressionBody: { } ib })
            body = ModelFor(ib).GetOperation(ib);
        if (body is null) return null;
        var lowering = new BodyLowering(_p, body) { ContainingType = _type };
        RegisterPrimaryParameters(lowering);
        var ps = accessor.Parameters.Select(p => (JsExpr)new JsIdentifier(lowering.LocalName(p))).ToList();
        var block = lowering.FunctionBodyWithKind(accessor, body);
        if (accessor.IsStatic) block = Guarded(block);
        return new JsMethod(name, ps, block, accessor.IsStatic, kind, accessor.IsAsync, false);
    }

    private JsMethod? Method(IMethodSymbol method)
    {
        if (ProgramContext.IsExternal(method)) return null;
        var syntax = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).FirstOrDefault(s => s is BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null });
        if (syntax is null) return null;
        var op = ModelFor(syntax).GetOperation(syntax);
        var body = op is IMethodBodyOperation mb ? (IOperation?)mb.BlockBody ?? mb.ExpressionBody : op;
        if (body is null) return null;
        var lowering = new BodyLowering(_p, body) { ContainingType = _type };
        RegisterPrimaryParameters(lowering);
        var ps = method.Parameters.Select(p => (JsExpr)new JsIdentifier(lowering.LocalName(p))).ToList();
        if (BodyLowering.TakesEmptyParamsByDefault(method)) ps[^1] = new JsAssign(ps[^1], new JsArray([]));
        var block = lowering.FunctionBodyWithKind(method, body);
        if (method.IsStatic) block = Guarded(block);
        return new JsMethod(_p.Names.MemberName(method), ps, block, method.IsStatic, JsMethodKind.Method, method.IsAsync, false);
    }

    // ------------------------------------------------------------------ records

    private IEnumerable<JsClassMember> RecordMembers()
    {
        var fields = InstanceStateNames(_type).ToList();
        var other = Js.Id("other");
        var self = JsThis.Instance;
        var lowering = new BodyLowering(_p, null);
        var typedEquals = _type.GetMembers("Equals").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(ProgramContext.StripNullable(m.Parameters[0].Type)?.OriginalDefinition ?? m.Parameters[0].Type.OriginalDefinition, _type.OriginalDefinition));
        if (typedEquals is not null && _p.Names.MemberName(typedEquals) != "Equals")
        {
            // The user's Equals(T) decides; Equals(object) (what $eq calls) forwards to it for the same type.
            JsExpr same = Js.Bin("&&", Js.Bin("!=", other, JsNull.Instance), Js.Bin("===", Js.Dot(other, "constructor"), Js.Dot(self, "constructor")));
            yield return new JsMethod("Equals", [other], Js.Block(new JsReturn(Js.Bin("&&", same, Js.Call(Js.Dot(self, _p.Names.MemberName(typedEquals)), other)))));
        }
        else if (!UserDeclares("Equals", 1))
        {
            JsExpr test = Js.Bin("&&", Js.Bin("!=", other, JsNull.Instance), Js.Bin("===", Js.Dot(other, "constructor"), Js.Dot(self, "constructor")));
            foreach (var f in fields)
                test = Js.Bin("&&", test, Js.Call(lowering.Helper("$eq"), Js.Dot(self, f), Js.Dot(other, f)));
            yield return new JsMethod("Equals", [other], Js.Block(new JsReturn(test)));
        }
        if (!UserDeclares("GetHashCode", 0))
            yield return new JsMethod("GetHashCode", [], Js.Block(new JsReturn(Js.Call(lowering.Helper("$combineHash"), fields.Select(f => (JsExpr)Js.Dot(self, f)).ToArray()))));
        if (!UserDeclares("ToString", 0))
        {
            var parts = new List<JsExpr>();
            var printable = PrintableMembers(_type).ToList();
            var text = _type.Name + " { ";
            for (var i = 0; i < printable.Count; i++)
            {
                var (name, type, jsName) = printable[i];
                text += (i > 0 ? ", " : "") + name + " = ";
                parts.Add(Js.Str(text));
                text = "";
                parts.Add(lowering.ToDisplayString(Js.Dot(self, jsName), type));
            }
            text += printable.Count == 0 ? "}" : " }";
            parts.Add(Js.Str(text));
            JsExpr joined = parts[0];
            foreach (var part in parts.Skip(1)) joined = Js.Bin("+", joined, part);
            yield return new JsMethod("ToString", [], Js.Block(new JsReturn(joined)));
        }
        if (!UserDeclares("toString", 0))
            yield return new JsMethod("toString", [], Js.Block(new JsReturn(Js.Call(Js.Dot(self, "ToString"), []))));
    }

    private bool UserDeclares(string name, int parameters) =>
        _type.GetMembers(name).OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == parameters);

    private IEnumerable<string> InstanceStateNames(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && _p.Names.IsDeclared(t); t = t.BaseType) chain.Insert(0, t);
        foreach (var t in chain)
        foreach (var f in t.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
        {
            if (f.AssociatedSymbol is IPropertySymbol prop)
                yield return NeedsAccessors(prop) ? "$" + prop.Name : _p.Names.MemberName(prop);
            else yield return _p.Names.MemberName(f);
        }
    }

    private IEnumerable<(string Name, ITypeSymbol Type, string JsName)> PrintableMembers(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && _p.Names.IsDeclared(t); t = t.BaseType) chain.Insert(0, t);
        foreach (var t in chain)
        foreach (var m in t.GetMembers().Where(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public)
                     .OrderBy(m => m.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
        {
            if (m is IFieldSymbol { IsConst: false, AssociatedSymbol: null } f) yield return (f.Name, f.Type, _p.Names.MemberName(f));
            else if (m is IPropertySymbol { IsIndexer: false, GetMethod: not null } p && p.Name != "EqualityContract" && !p.IsOverride)
                yield return (p.Name, p.Type, _p.Names.MemberName(p));
        }
    }

    // ------------------------------------------------------------------ statics

    /// <summary>A static constructor, or static initialisers that call code or create user objects, make the class's
    /// static initialisation observable: it then runs lazily on first use, like .NET.</summary>
    public static bool NeedsLazyStatics(ProgramContext p, INamedTypeSymbol type)
    {
        if (type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared)) return true;
        return StaticInitOperations(p, type).Any(op => op.DescendantsAndSelf().Any(d =>
            d is IInvocationOperation or IAnonymousFunctionOperation ||
            (d is IObjectCreationOperation oc && p.IsSource(oc.Type)) ||
            (d is IFieldReferenceOperation { Field.IsStatic: true } f && p.IsSource(f.Field) && !SymbolEqualityComparer.Default.Equals(f.Field.ContainingType.OriginalDefinition, type.OriginalDefinition)) ||
            (d is IPropertyReferenceOperation { Property.IsStatic: true } pr && p.IsSource(pr.Property) && !SymbolEqualityComparer.Default.Equals(pr.Property.ContainingType.OriginalDefinition, type.OriginalDefinition))));
    }

    /// <summary><c>static $cctor() { C.$cctor = () => C; …initialisers…; …static constructor…; return C; }</c></summary>
    private JsMethod LazyStaticMethod()
    {
        var self = new JsIdentifier(_name);
        var body = new List<JsStmt> { Js.Stmt(Js.Assign(Js.Dot(self, "$cctor"), new JsArrow([], self))) };
        body.AddRange(StaticInitialization());
        body.Add(new JsReturn(self));
        return new JsMethod("$cctor", [], Js.Block(body), IsStatic: true);
    }

    private JsBlock Guarded(JsBlock block) =>
        _p.IsLazyStatic(_type) ? Js.Block([Js.Stmt(Js.Call(Js.Dot(new JsIdentifier(_name), "$cctor"))), .. block.Statements]) : block;

    public static IEnumerable<IOperation> StaticInitOperations(ProgramContext p, INamedTypeSymbol type)
    {
        var lowering = new TypeLowering(p, type);
        foreach (var member in lowering.MembersInOrder())
        {
            if (!member.IsStatic || member is IFieldSymbol { IsConst: true }) continue;
            if (member is IFieldSymbol or IPropertySymbol && lowering.Initializer(member) is { } init) yield return init;
        }
        if (lowering.StaticConstructorBody() is { } body) yield return body;
    }

    private IOperation? StaticConstructorBody()
    {
        var cctor = _type.StaticConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared);
        var syntax = cctor?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (syntax is null) return null;
        var op = ModelFor(syntax).GetOperation(syntax);
        return op is IConstructorBodyOperation cb ? (IOperation?)cb.BlockBody ?? cb.ExpressionBody : op;
    }

    /// <summary>Static field defaults and initialisers in declaration order, then the static constructor body.</summary>
    public IEnumerable<JsStmt> StaticInitialization()
    {
        var self = new JsIdentifier(_name);
        BodyLowering? shared = null;
        foreach (var member in MembersInOrder())
        {
            if (!member.IsStatic) continue;
            string? name = member switch
            {
                IFieldSymbol { IsConst: false, AssociatedSymbol: null } f => _p.Names.MemberName(f),
                IPropertySymbol prop when IsAutoProperty(prop) => NeedsAccessors(prop) ? "$" + prop.Name : _p.Names.MemberName(prop),
                _ => null,
            };
            if (name is null) continue;
            var init = Initializer(member);
            var type = member is IFieldSymbol fs ? fs.Type : ((IPropertySymbol)member).Type;
            var lowering = shared ??= new BodyLowering(_p, null) { ContainingType = _type };
            var stmts = lowering.StatementsFor(() => Js.Stmt(Js.Assign(Js.Dot(self, name), init is null ? lowering.DefaultValue(type, member.Locations.FirstOrDefault()) : lowering.Expr(init))) with { Location = Loc(member) });
            // Temporaries are declared in a block of their own, so initialisers of different classes never clash.
            if (stmts.Count > 1) yield return Js.Block(stmts);
            else yield return stmts[0];
        }
        if (StaticConstructorBody() is { } body)
        {
            var lowering = new BodyLowering(_p, body) { ContainingType = _type };
            yield return lowering.FunctionBody(body);
        }
    }
}
