using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower;

/// <summary>Lowers a whole program: enums, classes (bases first), static initialisation in dependency order, entry.</summary>
public sealed class ProgramLowering
{
    private readonly ProgramContext _p;
    private readonly List<INamedTypeSymbol> _types = [];

    public ProgramLowering(ProgramContext p) => _p = p;

    public List<JsStmt> Lower(OutputKind kind)
    {
        CollectTypes();
        _p.Names.DeclareTypes(_types);
        var output = new List<JsStmt>();
        foreach (var e in _types.Where(t => t.TypeKind == TypeKind.Enum)) output.Add(Enum(e));
        var classes = BasesFirst(_types.Where(t => t.TypeKind is TypeKind.Class or TypeKind.Struct).ToList());
        foreach (var c in classes.Where(c => TypeLowering.NeedsLazyStatics(_p, c))) _p.LazyStatics.Add(c.OriginalDefinition);
        foreach (var c in classes) output.Add(new TypeLowering(_p, c).Lower());
        foreach (var c in StaticInitOrder(classes).Where(c => !_p.IsLazyStatic(c))) output.AddRange(new TypeLowering(_p, c).StaticInitialization());
        var entry = Entry(kind).ToList();
        output.AddRange(kind == OutputKind.ConsoleProgram && _p.HelpersUsed.Contains("$write") ? FlushingConsole(entry) : entry);
        return output;
    }

    private void CollectTypes()
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in _p.Compilation.SyntaxTrees)
        {
            var model = _p.Model(tree);
            foreach (var decl in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(decl) is not INamedTypeSymbol symbol || !seen.Add(symbol)) continue;
                if (ProgramContext.IsExternal(symbol) || ProgramContext.IsObjectLiteral(symbol) || _p.IsJsonShape(symbol)) continue;
                _types.Add(symbol);
            }
        }
    }

    private JsStmt Enum(INamedTypeSymbol e)
    {
        var props = e.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select(f => new JsProperty(f.Name, BodyLowering.Constant(f.ConstantValue, f.Type))).ToList();
        var freeze = Js.Call(Js.Dot(Js.Id("Object"), "freeze"), new JsObject(props));
        return Js.Const(_p.Names.TypeName(e), freeze) with { Location = TypeLowering.Loc(e) };
    }

    private List<INamedTypeSymbol> BasesFirst(List<INamedTypeSymbol> classes)
    {
        var result = new List<INamedTypeSymbol>();
        var placed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        void Place(INamedTypeSymbol t)
        {
            if (placed.Contains(t.OriginalDefinition)) return;
            placed.Add(t.OriginalDefinition);
            if (t.BaseType is { } b && classes.Any(c => SymbolEqualityComparer.Default.Equals(c, b.OriginalDefinition)))
                Place((INamedTypeSymbol)b.OriginalDefinition);
            result.Add(t);
        }
        foreach (var c in classes) Place(c);
        return result;
    }

    /// <summary>Classes whose static initialisers read another class's statics are initialised after it.</summary>
    private List<INamedTypeSymbol> StaticInitOrder(List<INamedTypeSymbol> classes)
    {
        var deps = classes.ToDictionary(c => (ISymbol)c, c => StaticDependencies(c, classes), SymbolEqualityComparer.Default);
        var result = new List<INamedTypeSymbol>();
        var state = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        void Visit(INamedTypeSymbol c)
        {
            if (state.TryGetValue(c, out var s)) return;
            state[c] = 1;
            foreach (var d in deps[c]) Visit(d);
            state[c] = 2;
            result.Add(c);
        }
        foreach (var c in classes) Visit(c);
        return result;
    }

    private List<INamedTypeSymbol> StaticDependencies(INamedTypeSymbol type, List<INamedTypeSymbol> classes)
    {
        var result = new List<INamedTypeSymbol>();
        foreach (var op in TypeLowering.StaticInitOperations(_p, type))
        foreach (var d in op.DescendantsAndSelf())
        {
            var other = d switch
            {
                IFieldReferenceOperation { Field.IsStatic: true } f => f.Field.ContainingType,
                IPropertyReferenceOperation { Property.IsStatic: true } p => p.Property.ContainingType,
                IInvocationOperation { TargetMethod.IsStatic: true } i => i.TargetMethod.ContainingType,
                IObjectCreationOperation o => o.Type as INamedTypeSymbol,
                _ => null,
            };
            if (other is null || SymbolEqualityComparer.Default.Equals(other.OriginalDefinition, type)) continue;
            var match = classes.FirstOrDefault(c => SymbolEqualityComparer.Default.Equals(c, other.OriginalDefinition));
            if (match is not null && !result.Contains(match, SymbolEqualityComparer.Default)) result.Add(match);
        }
        return result;
    }

    /// <summary>A console program's last Console.Write text without a newline is still printed when it ends (also when
    /// it ends with an exception or, for an async Main, when its task completes).</summary>
    private IEnumerable<JsStmt> FlushingConsole(List<JsStmt> entry)
    {
        var flush = _p.Helper("$flushOut");
        if (entry is [.. var before, JsReturn { Value: { } completion }])
            return [.. before, new JsReturn(Js.Call(Js.Dot(completion, "finally"), flush))];
        return [new JsTry(new JsBlock(entry), null, null, new JsBlock([Js.Stmt(Js.Call(flush))]))];
    }

    private IEnumerable<JsStmt> Entry(OutputKind kind)
    {
        var entry = kind == OutputKind.ConsoleProgram
            ? _p.Compilation.GetEntryPoint(default)
            : _types.SelectMany(t => t.GetMembers("Main").OfType<IMethodSymbol>()).FirstOrDefault(m => m.IsStatic && m.Parameters.Length == 0);
        if (entry is null) yield break;
        if (entry.Name == "<Main>$" || entry.ContainingType.Name == "Program" && entry.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is CompilationUnitSyntax)
        {
            foreach (var unit in entry.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<CompilationUnitSyntax>())
            {
                var model = _p.Model(unit.SyntaxTree);
                if (model.GetOperation(unit) is not IMethodBodyOperation body || body.BlockBody is null) continue;
                var lowering = new BodyLowering(_p, body);
                var block = lowering.FunctionBodyWithKind(entry, body.BlockBody);
                if (entry.IsAsync)
                    yield return new JsReturn(Js.Call(new JsArrow([], block, true)));
                else
                    foreach (var s in block.Statements) yield return s;
            }
            yield break;
        }
        var owner = new JsIdentifier(_p.Names.TypeName(entry.ContainingType));
        var args = entry.Parameters.Length == 1 ? new JsExpr[] { new JsArray([]) } : [];
        var call = Js.Call(Js.Dot(owner, _p.Names.MemberName(entry)), args);
        if (entry.ReturnsVoid) yield return Js.Stmt(call);
        else yield return new JsReturn(call);
    }
}
