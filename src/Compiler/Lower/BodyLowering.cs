using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

/// <summary>
/// Lowers the operations of one member body (method, constructor, accessor, initializer) to JavaScript.
/// Statements are in this file; expressions, calls, patterns and conversions in the other partial files.
/// </summary>
public sealed partial class BodyLowering : ILoweringContext
{
    private readonly ProgramContext _p;
    private readonly Dictionary<ISymbol, string> _localNames = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<ISymbol> _writtenLocals = new(SymbolEqualityComparer.Default);
    private readonly Stack<List<JsDeclarator>> _pending = new();
    private readonly List<Breakable> _breakables = [];
    private readonly Stack<JsExpr> _implicitReceivers = new();
    private readonly Stack<JsExpr> _conditionalInstances = new();
    private readonly Stack<JsExpr> _patternInputs = new();
    private readonly Stack<string> _caughtErrors = new();
    private int _tempCounter;
    private int _labelCounter;

    /// <summary>Primary-constructor parameters stored on the instance (outside the constructor they read <c>this.$name</c>).</summary>
    public Dictionary<IParameterSymbol, string> PrimaryParameterFields { get; } = new(SymbolEqualityComparer.Default);
    public bool InConstructor { get; set; }

    /// <summary>The type whose member is being lowered (static accesses from elsewhere trigger lazy static init).</summary>
    public INamedTypeSymbol? ContainingType { get; init; }

    /// <summary>Nesting of inlined this(...) constructor chains (names their argument arrays apart).</summary>
    public int ChainDepth { get; init; }

    public BodyLowering(ProgramContext p, IOperation? body)
    {
        _p = p;
        _usedNames.UnionWith(p.Names.TopLevelNames);
        if (body is not null) CollectWrittenLocals(body);
    }

    public Compilation Compilation => _p.Compilation;

    private sealed class Breakable
    {
        public required ILabelSymbol? BreakLabel { get; init; }
        public required ILabelSymbol? ContinueLabel { get; init; }
        public required bool IsJsBreakTarget { get; init; }   // a JS loop or switch (an unlabeled break reaches it)
        public required bool IsJsLoop { get; init; }
        public string? Label { get; set; }
    }

    // ------------------------------------------------------------------ ILoweringContext

    public JsIdentifier Helper(string name) => _p.Helper(name);

    public JsIdentifier Temp()
    {
        var name = "$" + (++_tempCounter);
        if (_pending.Count == 0) throw new InvalidOperationException("temporary requested outside a statement");
        _pending.Peek().Add(new JsDeclarator(new JsIdentifier(name)));
        return new JsIdentifier(name);
    }

    public JsExpr Lower(IOperation operation) => Expr(operation);

    public void Error(IOperation operation, string code, string message) => _p.Error(operation.Syntax.GetLocation(), code, message);

    public bool IsJsonShape(ITypeSymbol? type) => _p.IsJsonShape(type);

    public JsExpr? EnumObject(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && _p.Names.IsDeclared(e) ? TypeRef(e) : null;

    // ------------------------------------------------------------------ names

    private void CollectWrittenLocals(IOperation root)
    {
        foreach (var op in root.DescendantsAndSelf())
        {
            IOperation? target = op switch
            {
                ISimpleAssignmentOperation a when a.Parent is not IVariableInitializerOperation => a.Target,
                ICompoundAssignmentOperation c => c.Target,
                ICoalesceAssignmentOperation c => c.Target,
                IIncrementOrDecrementOperation i => i.Target,
                IDeconstructionAssignmentOperation d => d.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } arg => arg.Value,
                _ => null,
            };
            if (target is null) continue;
            foreach (var t in target.DescendantsAndSelf().Where(t => t == target || t.Parent is ITupleOperation or IDeclarationExpressionOperation))
            {
                if (t is ILocalReferenceOperation { IsDeclaration: false } l) _writtenLocals.Add(l.Local);
                if (t is IParameterReferenceOperation pr) _writtenLocals.Add(pr.Parameter);
            }
        }
    }

    /// <summary>The JS name of a local, parameter or local function. Hoisted locals get names unique in the member.</summary>
    public string LocalName(ISymbol symbol, bool unique = false)
    {
        if (_localNames.TryGetValue(symbol, out var existing)) return existing;
        var baseName = new string(symbol.Name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
        if (baseName.Length == 0 || char.IsDigit(baseName[0])) baseName = "_" + baseName;
        if (!JsPrinter.IsValidBinding(baseName)) baseName += "_";
        var name = baseName;
        if (unique || _p.Names.TopLevelNames.Contains(name))
            for (var i = 1; _usedNames.Contains(name) || _p.Names.TopLevelNames.Contains(name); i++) name = baseName + "_" + i;
        _usedNames.Add(name);
        _localNames[symbol] = name;
        return name;
    }

    private void Hoist(ILocalSymbol local)
    {
        if (_localNames.ContainsKey(local)) return;
        var name = LocalName(local, unique: true);
        _pending.Peek().Add(new JsDeclarator(new JsIdentifier(name)));
    }

    // ------------------------------------------------------------------ statement plumbing

    /// <summary>Lowers a statement, putting the declarations it needs (temporaries, pattern variables) before it.</summary>
    private void Emit(IOperation operation, List<JsStmt> output)
    {
        _pending.Push([]);
        var lowered = new List<JsStmt>();
        StatementInto(operation, lowered);
        var pending = _pending.Pop();
        if (pending.Count > 0) output.Add(new JsVar("let", pending));
        output.AddRange(lowered);
    }

    /// <summary>A statement in a position that needs exactly one statement (a loop or if body).</summary>
    private JsStmt Single(IOperation operation)
    {
        var list = new List<JsStmt>();
        Emit(operation, list);
        return list.Count == 1 ? list[0] : Js.Block(list);
    }

    private JsBlock BlockOf(IOperation operation)
    {
        var list = new List<JsStmt>();
        Emit(operation, list);
        return list.Count == 1 && list[0] is JsBlock b ? b : Js.Block(list);
    }

    /// <summary>Lowers an expression evaluated once at statement level, returning the declarations it needed first.</summary>
    public List<JsStmt> StatementsFor(Func<JsStmt> build)
    {
        _pending.Push([]);
        var stmt = build();
        var pending = _pending.Pop();
        var result = new List<JsStmt>();
        if (pending.Count > 0) result.Add(new JsVar("let", pending));
        result.Add(stmt);
        return result;
    }

    private static SourceLocation? Loc(IOperation op)
    {
        var span = op.Syntax.GetLocation().GetLineSpan();
        return span.IsValid ? new SourceLocation(span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character) : null;
    }

    /// <summary>The whole body of a method/accessor/lambda as a JS block.</summary>
    public JsBlock FunctionBody(IOperation body)
    {
        var statements = new List<JsStmt>();
        if (body is IBlockOperation block)
        {
            var ops = block.Operations.ToList();
            // The implicit "return;" at the end of a void body adds nothing in JavaScript.
            if (ops.Count > 0 && ops[^1] is IReturnOperation { IsImplicit: true, ReturnedValue: null, Kind: OperationKind.Return }) ops.RemoveAt(ops.Count - 1);
            BlockStatements(ops, statements);
        }
        else
            Emit(body, statements);
        return Js.Block(statements);
    }

    private void BlockStatements(IEnumerable<IOperation> operations, List<JsStmt> output)
    {
        var list = operations.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var op = list[i];
            if (op is IUsingDeclarationOperation usingDecl)
            {
                // "using var x = …;" disposes at the end of the enclosing block: the rest of the block goes in try.
                var rest = new List<JsStmt>();
                BlockStatements(list.Skip(i + 1), rest);
                _pending.Push([]);
                var decls = new List<JsStmt>();
                var resources = Declarations(usingDecl.DeclarationGroup, decls);
                var pending = _pending.Pop();
                if (pending.Count > 0) output.Add(new JsVar("let", pending));
                output.AddRange(decls);
                output.Add(WrapDispose(rest, resources));
                return;
            }
            Emit(op, output);
        }
    }

    private JsStmt WrapDispose(List<JsStmt> body, List<JsExpr> resources)
    {
        var fin = resources.AsEnumerable().Reverse().Select(r => (JsStmt)Js.Stmt(Js.Call(Helper("$dispose"), r))).ToList();
        return new JsTry(Js.Block(body), null, null, Js.Block(fin));
    }

    // ------------------------------------------------------------------ statements

    private void StatementInto(IOperation op, List<JsStmt> output)
    {
        var loc = Loc(op);
        switch (op)
        {
            case IBlockOperation block:
            {
                var inner = new List<JsStmt>();
                BlockStatements(block.Operations, inner);
                output.Add(Js.Block(inner) with { Location = loc });
                return;
            }
            case IVariableDeclarationGroupOperation group:
                Declarations(group, output);
                return;
            case IExpressionStatementOperation { Operation: IDeconstructionAssignmentOperation { Target: IDeclarationExpressionOperation { Expression: ITupleOperation declared } } d }
                when d.Value.Type is INamedTypeSymbol { IsTupleType: true }:
            {
                // var (a, b) = tuple;  →  const [a, b] = tuple;
                var locals = declared.Descendants().OfType<ILocalReferenceOperation>().Select(l => l.Local).ToList();
                var kind = locals.Any(l => _writtenLocals.Contains(l)) ? "let" : "const";
                output.Add(new JsVar(kind, [new JsDeclarator(Pattern(declared), Expr(d.Value))]) with { Location = loc });
                return;
            }
            case IExpressionStatementOperation es:
                output.Add(ExprStatement(es.Operation) with { Location = loc });
                return;
            case IReturnOperation ret when ret.Kind == OperationKind.YieldReturn:
                output.Add(Js.Stmt(new JsYield(Expr(ret.ReturnedValue!))) with { Location = loc });
                return;
            case IReturnOperation ret when ret.Kind == OperationKind.YieldBreak:
                output.Add(new JsReturn() with { Location = loc });
                return;
            case IReturnOperation ret:
                output.Add(new JsReturn(ret.ReturnedValue is null ? null : Expr(ret.ReturnedValue)) with { Location = loc });
                return;
            case IConditionalOperation cond:
            {
                var test = Expr(cond.Condition);
                var then = Single(cond.WhenTrue);
                var els = cond.WhenFalse is null ? null : Single(cond.WhenFalse);
                output.Add(new JsIf(test, then, els) with { Location = loc });
                return;
            }
            case IWhileLoopOperation w: output.Add(While(w) with { Location = loc }); return;
            case IForLoopOperation f: output.Add(For(f) with { Location = loc }); return;
            case IForEachLoopOperation fe: output.Add(ForEach(fe) with { Location = loc }); return;
            case IBranchOperation br: output.Add(Branch(br) with { Location = loc }); return;
            case ITryOperation t: output.Add(Try(t) with { Location = loc }); return;
            case IUsingOperation u: output.Add(Using(u) with { Location = loc }); return;
            case ISwitchOperation s: output.Add(Switch(s) with { Location = loc }); return;
            case ILocalFunctionOperation lf: output.Add(LocalFunction(lf) with { Location = loc }); return;
            case IEmptyOperation: return;
            case ILabeledOperation labeled:
                Unsupported(op, "KJS0101", "labels and goto are not supported; restructure with loops, break and continue");
                if (labeled.Operation is not null) StatementInto(labeled.Operation, output);
                return;
            default:
                if (op is IThrowOperation)
                {
                    output.Add(ExprStatement(op) with { Location = loc });
                    return;
                }
                Unsupported(op, "KJS0001", $"the statement '{op.Kind}' is not supported by the JavaScript compiler");
                return;
        }
    }

    private JsStmt ExprStatement(IOperation operation)
    {
        if (operation is IThrowOperation th)
            return new JsThrow(th.Exception is null ? new JsIdentifier(CurrentCaught(th)) : Expr(th.Exception));
        return Js.Stmt(Expr(operation, valueUsed: false));
    }

    private string CurrentCaught(IOperation op)
    {
        if (_caughtErrors.Count > 0) return _caughtErrors.Peek();
        Unsupported(op, "KJS0001", "'throw;' outside a catch clause");
        return "undefined";
    }

    private List<JsExpr> Declarations(IVariableDeclarationGroupOperation group, List<JsStmt> output)
    {
        var names = new List<JsExpr>();
        foreach (var decl in group.Declarations)
        foreach (var d in decl.Declarators)
        {
            var init = d.Initializer?.Value ?? decl.Initializer?.Value;
            var name = new JsIdentifier(LocalName(d.Symbol));
            names.Add(name);
            var value = init is null ? null : Expr(init);
            if (value is null && d.Symbol.Type.IsValueType && !ProgramContext.IsNullableValue(d.Symbol.Type)) value = null;
            var kind = value is not null && !_writtenLocals.Contains(d.Symbol) ? "const" : "let";
            output.Add(new JsVar(kind, [new JsDeclarator(name, value)]) with { Location = Loc(d) });
        }
        return names;
    }

    // ------------------------------------------------------------------ loops

    private Breakable PushLoop(ILoopOperation loop, bool isJsLoop = true)
    {
        var b = new Breakable { BreakLabel = loop.ExitLabel, ContinueLabel = loop.ContinueLabel, IsJsBreakTarget = isJsLoop, IsJsLoop = isJsLoop };
        _breakables.Add(b);
        return b;
    }

    private JsStmt Labeled(Breakable b, JsStmt stmt)
    {
        _breakables.Remove(b);
        return b.Label is null ? stmt : new JsLabeled(b.Label, stmt);
    }

    private JsStmt While(IWhileLoopOperation w)
    {
        var b = PushLoop(w);
        JsStmt result;
        if (w.ConditionIsTop)
        {
            var test = ConditionExpr(w.Condition!, out var pre);
            var body = Single(w.Body);
            result = pre.Count == 0
                ? new JsWhile(test, body)
                : new JsWhile(Js.Bool(true), Js.Block([.. pre, new JsIf(Js.Not(test), new JsBreak()), body]));
        }
        else
        {
            var body = Single(w.Body);
            var test = ConditionExpr(w.Condition!, out var pre);
            result = pre.Count == 0 ? new JsDoWhile(body, test) : new JsDoWhile(Js.Block([body, .. pre]), test);
        }
        return Labeled(b, result);
    }

    /// <summary>A loop condition; temporaries it needs are declared inside the loop (returned in <paramref name="pre"/>).</summary>
    private JsExpr ConditionExpr(IOperation condition, out List<JsStmt> pre)
    {
        _pending.Push([]);
        var test = Expr(condition);
        var pending = _pending.Pop();
        pre = [];
        if (pending.Count > 0)
        {
            // Pattern variables and temporaries in a loop condition: declare them in the enclosing statement.
            _pending.Peek().AddRange(pending);
        }
        return test;
    }

    private JsStmt For(IForLoopOperation f)
    {
        var b = PushLoop(f);
        var captured = f.Locals.Where(l => IsCapturedInLoop(f, l)).ToList();
        var before = new List<JsStmt>();
        foreach (var init in f.Before) Emit(init, before);
        JsStmt? initStmt = null;
        var outer = new List<JsStmt>();
        if (before.Count == 1 && before[0] is JsVar v && captured.Count == 0)
            initStmt = v with { Kind = "let" };
        else if (before.Count == 1 && before[0] is JsExprStmt es)
            initStmt = es;
        else
            outer.AddRange(before.Select(s => s is JsVar vv ? vv with { Kind = "let" } : s));
        var test = f.Condition is null ? null : ConditionExpr(f.Condition, out _);
        var updates = f.AtLoopBottom.Select(u => u is IExpressionStatementOperation e ? Expr(e.Operation, valueUsed: false) : Expr(u)).ToList();
        var update = updates.Count switch { 0 => null, 1 => updates[0], _ => new JsSequence(updates) };
        var body = Single(f.Body);
        var loop = Labeled(b, new JsFor(initStmt, test, update, body));
        if (outer.Count == 0) return loop;
        // A captured for-variable is one variable for the whole loop, as in C#: declare it outside the JS for.
        outer.Add(loop);
        return Js.Block(outer);
    }

    private static bool IsCapturedInLoop(IOperation loop, ILocalSymbol local) =>
        loop.Descendants().Any(d => d is IAnonymousFunctionOperation or ILocalFunctionOperation &&
                                    d.Descendants().Any(x => x is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, local)));

    private JsStmt ForEach(IForEachLoopOperation fe)
    {
        var b = PushLoop(fe);
        var collection = fe.Collection is IConversionOperation { IsImplicit: true } conv ? conv.Operand : fe.Collection;
        var iterable = Expr(collection);
        if (collection.Type?.SpecialType == SpecialType.System_String)
            iterable = Js.Call(Helper("$chars"), iterable);
        else if (IsStringDictionaryInterface(collection.Type))
            iterable = Js.Call(Helper("$entries"), iterable);
        JsExpr target;
        if (fe.LoopControlVariable is IVariableDeclaratorOperation vd)
            target = new JsIdentifier(LocalName(vd.Symbol));
        else if (fe.LoopControlVariable is IDeclarationExpressionOperation { Expression: ITupleOperation tuple })
        {
            var element = ElementType(collection.Type);
            if (element is INamedTypeSymbol { IsRecord: true } record)
            {
                // Records deconstruct into their positional properties.
                var item = new JsIdentifier("$item" + (++_tempCounter));
                var ctor = record.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == tuple.Elements.Length && !c.IsImplicitlyDeclared);
                var parts = Pattern(tuple);
                var init = new JsArray(ctor?.Parameters.Select(p => (JsExpr?)Js.Dot(item, p.Name)).ToList() ?? []);
                var inner = Single(fe.Body);
                var body2 = Js.Block([new JsVar("const", [new JsDeclarator(parts, init)]), .. inner is JsBlock ib ? ib.Statements : [inner]]);
                return Labeled(b, new JsForOf("const", item, iterable, body2, fe.IsAsynchronous));
            }
            target = Pattern(tuple);
        }
        else
        {
            Unsupported(fe.LoopControlVariable, "KJS0001", "this foreach variable form is not supported");
            target = new JsIdentifier("$unsupported");
        }
        var body = Single(fe.Body);
        return Labeled(b, new JsForOf("const", target, iterable, body, fe.IsAsynchronous));
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? collection) => collection switch
    {
        IArrayTypeSymbol a => a.ElementType,
        INamedTypeSymbol n => n.AllInterfaces.Concat(n.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IEnumerable<T>" ? [n] : [])
            .FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IEnumerable<T>")?.TypeArguments[0],
        _ => null,
    };

    private JsExpr Pattern(ITupleOperation tuple) => new JsArrayPattern(tuple.Elements.Select(e => e switch
    {
        IDiscardOperation => (JsExpr?)null,
        ILocalReferenceOperation l => new JsIdentifier(LocalName(l.Local)),
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation l } => new JsIdentifier(LocalName(l.Local)),
        IDeclarationExpressionOperation { Expression: ITupleOperation t } => Pattern(t),
        ITupleOperation t => Pattern(t),
        _ => Expr(e),
    }).ToList());

    private JsStmt Branch(IBranchOperation br)
    {
        if (br.BranchKind is not (BranchKind.Break or BranchKind.Continue))
        {
            Unsupported(br, "KJS0101", "goto is not supported; restructure with loops, break and continue");
            return new JsEmpty();
        }
        var isBreak = br.BranchKind == BranchKind.Break;
        for (var i = _breakables.Count - 1; i >= 0; i--)
        {
            var b = _breakables[i];
            var match = SymbolEqualityComparer.Default.Equals(isBreak ? b.BreakLabel : b.ContinueLabel, br.Target);
            if (!match) continue;
            var innermostJs = _breakables.Skip(i + 1).All(x => isBreak ? !x.IsJsBreakTarget : !x.IsJsLoop);
            var plain = innermostJs && (isBreak ? b.IsJsBreakTarget : b.IsJsLoop);
            if (plain) return isBreak ? new JsBreak() : new JsContinue();
            b.Label ??= "$L" + (++_labelCounter);
            return isBreak ? new JsBreak(b.Label) : new JsContinue(b.Label);
        }
        Unsupported(br, "KJS0001", "this break/continue target is not supported");
        return new JsEmpty();
    }

    // ------------------------------------------------------------------ try / using

    private JsStmt Try(ITryOperation t)
    {
        var block = BlockOf(t.Body);
        JsBlock? catchBlock = null;
        JsExpr? catchParam = null;
        if (t.Catches.Length > 0)
        {
            var raw = "$e" + (_caughtErrors.Count == 0 ? "" : _caughtErrors.Count.ToString());
            catchParam = new JsIdentifier(raw);
            _caughtErrors.Push(raw);
            var stmts = new List<JsStmt>();
            var wrapped = new JsIdentifier(raw + "x");
            var needsWrap = t.Catches.Any(c => !IsCatchAll(c) || c.Locals.Length > 0 || c.Filter is not null);
            if (needsWrap) stmts.Add(Js.Const(wrapped.Name, Js.Call(Helper("$wrapError"), catchParam)));
            JsStmt? chain = new JsThrow(catchParam);
            var clauses = new List<(JsExpr? Test, JsBlock Body)>();
            foreach (var c in t.Catches)
            {
                _pending.Push([]);
                JsExpr? test = IsCatchAll(c) ? null : TypeTest(wrapped, c.ExceptionType);
                var bodyStmts = new List<JsStmt>();
                if (c.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation vd)
                {
                    var name = LocalName(vd.Symbol, unique: true);
                    if (c.Filter is not null)
                        _pending.Peek().Add(new JsDeclarator(new JsIdentifier(name)));
                    else
                        bodyStmts.Add(Js.Const(name, wrapped));
                    if (c.Filter is not null)
                    {
                        var assign = Filter(new JsSequence([Js.Assign(new JsIdentifier(name), wrapped), Expr(c.Filter)]));
                        test = test is null ? assign : Js.Bin("&&", test, assign);
                    }
                }
                else if (c.Filter is not null)
                {
                    var filter = Filter(Expr(c.Filter));
                    test = test is null ? filter : Js.Bin("&&", test, filter);
                }
                var handlerBody = BlockOf(c.Handler);
                bodyStmts.AddRange(handlerBody.Statements);
                var pending = _pending.Pop();
                if (pending.Count > 0) stmts.Add(new JsVar("let", pending));
                clauses.Add((test, Js.Block(bodyStmts)));
            }
            _caughtErrors.Pop();
            for (var i = clauses.Count - 1; i >= 0; i--)
                chain = clauses[i].Test is null ? clauses[i].Body : new JsIf(clauses[i].Test!, clauses[i].Body, chain);
            if (chain is JsBlock chainBlock) stmts.AddRange(chainBlock.Statements);
            else stmts.Add(chain!);
            catchBlock = Js.Block(stmts);
        }
        var fin = t.Finally is null ? null : BlockOf(t.Finally);
        return new JsTry(block, catchParam, catchBlock, fin);
    }

    /// <summary>An exception thrown by a <c>when</c> filter makes the filter false and is swallowed (C# spec,
    /// exception filters).</summary>
    private JsExpr Filter(JsExpr test) => Js.Call(Helper("$filter"), new JsArrow([], test));

    private static bool IsCatchAll(ICatchClauseOperation c) =>
        c.ExceptionType.ToDisplayString() is "System.Exception" or "object";

    private JsStmt Using(IUsingOperation u)
    {
        var stmts = new List<JsStmt>();
        List<JsExpr> resources;
        if (u.Resources is IVariableDeclarationGroupOperation group)
            resources = Declarations(group, stmts);
        else
        {
            var temp = "$r" + (++_tempCounter);
            stmts.Add(Js.Const(temp, Expr(u.Resources)));
            resources = [new JsIdentifier(temp)];
        }
        var body = BlockOf(u.Body);
        stmts.Add(WrapDispose(body.Statements.ToList(), resources));
        return Js.Block(stmts);
    }

    // ------------------------------------------------------------------ switch

    private JsStmt Switch(ISwitchOperation s)
    {
        var b = new Breakable { BreakLabel = s.ExitLabel, ContinueLabel = null, IsJsBreakTarget = true, IsJsLoop = false };
        var simple = s.Cases.All(c => c.Clauses.All(cl => cl is IDefaultCaseClauseOperation ||
                                                         (cl is ISingleValueCaseClauseOperation sv && sv.Value.ConstantValue.HasValue
                                                          && !(sv.Value.ConstantValue.Value is double d && double.IsNaN(d)))));
        if (simple)
        {
            _breakables.Add(b);
            var value = Expr(s.Value);
            var cases = new List<JsSwitchCase>();
            foreach (var c in s.Cases)
            {
                var tests = c.Clauses.OfType<ISingleValueCaseClauseOperation>().Select(cl => Expr(cl.Value)).ToList();
                var body = new List<JsStmt>();
                BlockStatements(c.Body, body);
                var isDefault = c.Clauses.Any(cl => cl is IDefaultCaseClauseOperation);
                cases.Add(new JsSwitchCase(tests, body.Count == 0 ? body : [Js.Block(body)], isDefault));
            }
            return Labeled(b, new JsSwitch(value, cases));
        }
        // Patterns and guards: an if/else chain in a labeled block; "break" leaves the block.
        b = new Breakable { BreakLabel = s.ExitLabel, ContinueLabel = null, IsJsBreakTarget = false, IsJsLoop = false };
        _breakables.Add(b);
        var input = SideEffectFree(Expr(s.Value));
        _patternInputs.Push(input);
        var sections = new List<(JsExpr? Test, JsBlock Body)>();
        JsBlock? defaultBody = null;
        foreach (var c in s.Cases)
        {
            JsExpr? test = null;
            foreach (var cl in c.Clauses)
            {
                JsExpr? t = cl switch
                {
                    IDefaultCaseClauseOperation => null,
                    ISingleValueCaseClauseOperation sv => ConstantEquals(input, sv.Value),
                    IPatternCaseClauseOperation pc => pc.Guard is null ? PatternTest(pc.Pattern, input)
                        : Js.Bin("&&", PatternTest(pc.Pattern, input), Expr(pc.Guard)),
                    IRelationalCaseClauseOperation rc => Js.Bin(RelationalOp(rc.Relation), input, Expr(rc.Value)),
                    _ => UnsupportedExpr(cl, "this case clause"),
                };
                if (t is null) continue;
                test = test is null ? t : Js.Bin("||", test, t);
            }
            var body = new List<JsStmt>();
            BlockStatements(c.Body, body);
            if (body.Count > 0 && body[^1] is JsBreak { Label: not null } last && last.Label == b.Label && IsLastBreakOfSwitch(c, s))
                body.RemoveAt(body.Count - 1);
            if (c.Clauses.Any(cl => cl is IDefaultCaseClauseOperation) && test is null) defaultBody = Js.Block(body);
            else sections.Add((test ?? Js.Bool(true), Js.Block(body)));
        }
        _patternInputs.Pop();
        JsStmt? chain = defaultBody;
        for (var i = sections.Count - 1; i >= 0; i--) chain = new JsIf(sections[i].Test!, sections[i].Body, chain);
        var stmt = chain ?? new JsEmpty();
        _breakables.Remove(b);
        return b.Label is null ? stmt : new JsLabeled(b.Label, Js.Block(stmt));
    }

    private static bool IsLastBreakOfSwitch(ISwitchCaseOperation c, ISwitchOperation s) =>
        c.Body.LastOrDefault() is IBranchOperation { BranchKind: BranchKind.Break } br && SymbolEqualityComparer.Default.Equals(br.Target, s.ExitLabel);

    private static string RelationalOp(BinaryOperatorKind k) => k switch
    {
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        BinaryOperatorKind.GreaterThanOrEqual => ">=",
        BinaryOperatorKind.Equals => "===",
        _ => "!==",
    };

    // ------------------------------------------------------------------ local functions

    private JsStmt LocalFunction(ILocalFunctionOperation lf)
    {
        var symbol = lf.Symbol;
        var name = LocalName(symbol);
        var parameters = symbol.Parameters.Select(p => (JsExpr)new JsIdentifier(LocalName(p))).ToList();
        var body = lf.Body ?? lf.IgnoredBody!;
        var usesThis = body.Descendants().Any(d => d is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance });
        var block = FunctionBodyWithKind(symbol, body);
        if (usesThis && !symbol.IsIterator)
            return Js.Const(name, new JsArrow(parameters, block, symbol.IsAsync));
        return new JsFunctionDecl(new JsFunction(name, parameters, block, symbol.IsAsync, false));
    }

    /// <summary>Body of a method, accessor, lambda or local function; iterators become generator-backed iterables.</summary>
    public JsBlock FunctionBodyWithKind(IMethodSymbol symbol, IOperation body)
    {
        var block = FunctionBody(body);
        if (!symbol.IsIterator) return block;
        var asyncIterator = symbol.ReturnType.Name is "IAsyncEnumerable" or "IAsyncEnumerator";
        var generator = new JsFunction(null, [], block, asyncIterator, true);
        // A static iterator's body never reads this (statics are spelled by class name), so it is not passed: the
        // method can then be a top-level function (StaticClassFlattening).
        JsExpr[] self = symbol.IsStatic ? [] : [JsThis.Instance];
        if (symbol.ReturnType.Name is "IEnumerator" or "IAsyncEnumerator")
            return Js.Block(new JsReturn(Js.Call(Helper("$enumerator"), Js.Call(Js.Dot(generator, "call"), self))));
        if (asyncIterator)
            return Js.Block(new JsReturn(new JsObject([new JsProperty(null, Js.Bool(true), Js.Dot(Js.Id("Symbol"), "asyncIterator")) with
            {
                Value = new JsArrow([], Js.Call(Js.Dot(generator, "call"), self)),
            }])));
        return Js.Block(new JsReturn(Js.Call(Helper("$iterable"), [generator, .. self])));
    }

    // ------------------------------------------------------------------ errors

    private JsExpr UnsupportedExpr(IOperation op, string what)
    {
        _p.Error(op.Syntax.GetLocation(), "KJS0001", $"{what} ({op.Kind}) is not supported by the JavaScript compiler");
        return JsUndefined.Instance;
    }
}
