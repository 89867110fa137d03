using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Lower;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Reach;

/// <summary>
/// Which source classes and records can have their compiler-written <c>Equals</c>/<c>GetHashCode</c>/<c>ToString</c>
/// called, from the C# of the whole program (a superset of what the entry reaches). Name matching in the JS tree
/// cannot tell: the runtime's <c>$eq</c>/<c>$hash</c>/<c>$str</c> call those names on whatever they get. A type
/// needs them when a value of it (or of a base class or interface it implements) is
/// <list type="bullet">
/// <item>the receiver of <c>Equals</c>/<c>GetHashCode</c>/<c>ToString</c>, an operand of a record's <c>==</c>/<c>!=</c>
/// (not against <c>null</c>), of a tuple <c>==</c>, or interpolated;</item>
/// <item>converted to something that no longer names its type (<c>object</c>, an interface of the library, a type
/// parameter, <c>object[]</c>, <c>IEnumerable&lt;object&gt;</c>): from there anything may call them;</item>
/// <item>a type argument of library code that may call them (dictionary keys, sets, <c>Contains</c>,
/// <c>Distinct</c>, <c>GroupBy</c> keys, <c>string.Join&lt;T&gt;</c>, interop, …; only the members listed below are known
/// not to), or of the program's own generic code that does one of these things with its type parameter;</item>
/// <item>a field of a record that needs them (its methods call the fields' ones).</item>
/// </list>
/// Anything not recognised counts as a use, so a doubt keeps the methods.
/// </summary>
public sealed class ValueMethodUses
{
    private readonly ProgramContext _p;
    private readonly HashSet<ITypeSymbol> _needed = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeParameterSymbol> _parameters = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ITypeParameterSymbol, List<ITypeSymbol>> _instantiations = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _seen = new(SymbolEqualityComparer.Default);
    private readonly Queue<ITypeSymbol> _work = new();
    private readonly List<INamedTypeSymbol> _sourceTypes = [];
    // Parameters of the program's own methods, and whether they only hand their argument on to a binding.
    private readonly Dictionary<IParameterSymbol, bool> _handedOn = new(SymbolEqualityComparer.Default);

    private ValueMethodUses(ProgramContext p) => _p = p;

    /// <summary>Whether <paramref name="type"/>'s compiler-written value methods can be called.</summary>
    public bool Needs(INamedTypeSymbol type) => _needed.Contains(type.OriginalDefinition);

    public static ValueMethodUses Analyse(ProgramContext p)
    {
        var uses = new ValueMethodUses(p);
        foreach (var tree in p.Compilation.SyntaxTrees)
        {
            var model = p.Model(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is BaseTypeDeclarationSyntax && model.GetDeclaredSymbol(node) is INamedTypeSymbol declared) uses._sourceTypes.Add(declared);
                if (node is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax
                    or PrimaryConstructorBaseTypeSyntax or GlobalStatementSyntax)) continue;
                if (model.GetOperation(node) is not { } root) continue;
                foreach (var op in root.DescendantsAndSelf()) uses.Visit(op);
            }
        }
        uses.Close();
        return uses;
    }

    private void Visit(IOperation op)
    {
        Instantiations(op.Type);
        switch (op)
        {
            case IConversionOperation { Operand.Type: { } from, Type: { } to } conversion when !SymbolEqualityComparer.Default.Equals(from, to) && !StaysOpaque(conversion):
                Converted(from, to);
                break;
            case IInterpolationOperation i:
                Use(i.Expression.Type);
                break;
            case IInvocationOperation inv:
                Member(inv.TargetMethod, inv.Instance?.Type);
                break;
            case IMethodReferenceOperation mr:
                Member(mr.Method, mr.Instance?.Type);
                break;
            case IObjectCreationOperation { Constructor: { } ctor }:
                Member(ctor, null);
                break;
            case IPropertyReferenceOperation pr:
                Member(pr.Property, pr.Instance?.Type);
                break;
            case IBinaryOperation { OperatorMethod: { Name: "op_Equality" or "op_Inequality" } } b
                when b.LeftOperand.ConstantValue is not { HasValue: true, Value: null } && b.RightOperand.ConstantValue is not { HasValue: true, Value: null }:
                Use(b.LeftOperand.Type);
                Use(b.RightOperand.Type);
                break;
            case ITupleBinaryOperation tb:
                Use(tb.LeftOperand.Type);
                Use(tb.RightOperand.Type);
                break;
            case ICollectionExpressionOperation { Type: INamedTypeSymbol { IsGenericType: true } target }:
                LibraryTypeMember(target, ".ctor");
                break;
            case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol.Type: var variable }, Collection: var collection }
                when Erases(variable) && (collection is IConversionOperation { IsImplicit: true } c ? c.Operand.Type : collection.Type) is { } items:
                Converted(items, variable);
                break;
        }
    }

    /// <summary>A type no longer naming what it holds: anything may call the held value's methods.</summary>
    private bool Erases(ITypeSymbol t) => t is ITypeParameterSymbol or IDynamicTypeSymbol
        || t.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum
        || (t.TypeKind == TypeKind.Interface && !_p.IsSource(t));

    /// <summary>Bindings of JavaScript libraries (React, MUI, Headlamp): code outside the bundle, which does not know
    /// the .NET names. It gets our values as opaque references: React compares hook state and dependencies by
    /// identity, components hand rows back to our callbacks.</summary>
    private bool IsInterop(ISymbol symbol) => ProgramContext.IsExternal(symbol)
        || (!_p.IsSource(symbol) && !_p.IsLibrary(symbol) && symbol is not INamedTypeSymbol { IsAnonymousType: true });

    /// <summary>A conversion nothing can call value methods through: an argument of a binding, or of the program's own
    /// method that only hands it on to one (or an element of such an array argument: React's dependency lists), of
    /// <c>object.ReferenceEquals</c>, or a <c>foreach</c> collection (the loop variable's conversion counts instead).</summary>
    private bool StaysOpaque(IOperation value)
    {
        var parent = value.Parent;
        if (parent is IForEachLoopOperation loop && loop.Collection == value) return true; // the loop variable's conversion decides
        if (parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "ReferenceEquals", ContainingType.SpecialType: SpecialType.System_Object } } }) return true;
        if (parent is IArrayInitializerOperation { Parent: IArrayCreationOperation array }) parent = array.Parent;
        return parent is IArgumentOperation { Parent: var call, Parameter: var parameter } && call switch
        {
            IInvocationOperation inv => IsInterop(inv.TargetMethod) || OnlyHandedToJavaScript(parameter),
            IObjectCreationOperation { Constructor: { } ctor } => IsInterop(ctor) || OnlyHandedToJavaScript(parameter),
            _ => false,
        };
    }

    /// <summary>A parameter of the program's own method whose every read is itself an opaque argument (a hook that
    /// hands its dependency list to React): what the caller passes stays opaque too. A parameter being decided (a
    /// cycle) counts as a use.</summary>
    private bool OnlyHandedToJavaScript(IParameterSymbol? parameter)
    {
        // Only a body every call runs: an override could read the parameter differently.
        if (parameter is not { ContainingSymbol: IMethodSymbol method } || !_p.IsSource(method)
            || method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface) return false;
        parameter = parameter.OriginalDefinition;
        if (_handedOn.TryGetValue(parameter, out var known)) return known;
        _handedOn[parameter] = false;
        var reads = new List<IParameterReferenceOperation>();
        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (_p.Model(syntax.SyntaxTree).GetOperation(syntax) is not { } body) return false;
            reads.AddRange(body.Descendants().OfType<IParameterReferenceOperation>()
                .Where(r => SymbolEqualityComparer.Default.Equals(r.Parameter.OriginalDefinition, parameter)));
        }
        var handedOn = reads.Count > 0 && reads.All(StaysOpaque);
        _handedOn[parameter] = handedOn;
        return handedOn;
    }

    private void Converted(ITypeSymbol from, ITypeSymbol to)
    {
        // To a base class or interface of the program: whatever marks that type marks its derived types.
        if (to is INamedTypeSymbol && _p.IsSource(to)) return;
        var kept = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        Components(to, kept);
        var held = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        Components(from, held);
        foreach (var c in held.Where(c => !kept.Contains(c))) Use(c);
    }

    /// <summary>The program's types and the type parameters a type is built from (List&lt;R&gt; → R).</summary>
    private void Components(ITypeSymbol? t, HashSet<ITypeSymbol> into)
    {
        switch (t)
        {
            case ITypeParameterSymbol:
                into.Add(t);
                break;
            case IArrayTypeSymbol a:
                Components(a.ElementType, into);
                break;
            case INamedTypeSymbol n when !IsInterop(n):
                if (_p.IsSource(n) || n.IsAnonymousType) into.Add(n);
                foreach (var arg in n.TypeArguments) Components(arg, into);
                break;
        }
    }

    private void Member(ISymbol member, ITypeSymbol? receiver)
    {
        var method = member as IMethodSymbol;
        if (method is not null && member.Name is "Equals" or "GetHashCode" or "ToString" or "CompareTo" or "PrintMembers")
            Use(receiver ?? member.ContainingType);
        var type = member.ContainingType;
        if (IsInterop(member)) return;
        if (_p.IsSource(member))
        {
            if (method is not null && (method.ReducedFrom ?? method).OriginalDefinition is var def && def.TypeParameters.Length == method.TypeArguments.Length)
                for (var i = 0; i < def.TypeParameters.Length; i++) Instantiation(def.TypeParameters[i], method.TypeArguments[i]);
            Instantiations(type);
            return;
        }
        if (type is { IsGenericType: true }) LibraryTypeMember(type, member.Name);
        if (method is { IsGenericMethod: true })
        {
            var def = (method.ReducedFrom ?? method).OriginalDefinition;
            for (var i = 0; i < method.TypeArguments.Length && i < def.TypeParameters.Length; i++)
                if (!SafeMethodTypeArgument(def, def.TypeParameters[i].Name)) Use(method.TypeArguments[i]);
        }
    }

    private void LibraryTypeMember(INamedTypeSymbol type, string member)
    {
        if (_p.IsSource(type)) { Instantiations(type); return; }
        var name = type.ContainingNamespace?.ToDisplayString() + "." + type.OriginalDefinition.MetadataName;
        var args = type.TypeArguments;
        for (var i = 0; i < args.Length; i++)
            if (!SafeTypeArgument(name, member, i)) Use(args[i]);
        if (type.ContainingType is { IsGenericType: true } outer) LibraryTypeMember(outer, member);
    }

    private static readonly HashSet<string> ValueMethods = new(StringComparer.Ordinal) { "Equals", "GetHashCode", "ToString", "CompareTo" };

    /// <summary>Library generic types whose members, but the ones named, never call the value methods of a type
    /// argument (null: none of them does).</summary>
    private static readonly Dictionary<string, HashSet<string>> SafeTypes = new(StringComparer.Ordinal)
    {
        ["System.Collections.Generic.List`1"] = ["Contains", "IndexOf", "LastIndexOf", "Remove", "BinarySearch"],
        ["System.Collections.Generic.IList`1"] = ["Contains", "IndexOf", "Remove"],
        ["System.Collections.Generic.ICollection`1"] = ["Contains", "Remove"],
        ["System.Collections.Generic.IEnumerable`1"] = [],
        ["System.Collections.Generic.IEnumerator`1"] = [],
        ["System.Collections.Generic.IReadOnlyList`1"] = [],
        ["System.Collections.Generic.IReadOnlyCollection`1"] = [],
        ["System.Collections.Generic.Queue`1"] = ["Contains"],
        ["System.Collections.Generic.Stack`1"] = ["Contains"],
        ["System.Collections.Generic.KeyValuePair`2"] = [],
        ["System.Linq.IGrouping`2"] = [],
        ["System.Linq.IOrderedEnumerable`1"] = [],
        ["System.Nullable`1"] = [],
        ["System.Lazy`1"] = [],
        ["System.Threading.Tasks.Task`1"] = [],
        ["System.Threading.Tasks.TaskCompletionSource`1"] = [],
        ["System.Predicate`1"] = [],
        ["System.Comparison`1"] = [],
    };

    private static bool SafeTypeArgument(string type, string member, int position)
    {
        if (ValueMethods.Contains(member)) return false;
        if (type is "System.Collections.Generic.Dictionary`2" or "System.Collections.Generic.IDictionary`2" or "System.Collections.Generic.IReadOnlyDictionary`2")
            return position == 1 && member != "ContainsValue";
        if (type.StartsWith("System.Func`", StringComparison.Ordinal) || type.StartsWith("System.Action`", StringComparison.Ordinal)) return true;
        if (type.StartsWith("System.ValueTuple`", StringComparison.Ordinal)) return member.StartsWith("Item", StringComparison.Ordinal) || member == ".ctor";
        return SafeTypes.TryGetValue(type, out var unsafeMembers) && !unsafeMembers.Contains(member);
    }

    /// <summary>LINQ and array methods that only move, filter, order or count their elements; their key type
    /// parameters (hashed or compared) never count as safe.</summary>
    private static readonly HashSet<string> MovingMethods = new(StringComparer.Ordinal)
    {
        "Select", "SelectMany", "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "First", "FirstOrDefault",
        "Last", "LastOrDefault", "Single", "SingleOrDefault", "Any", "All", "Count", "LongCount", "Sum", "Average", "ToList", "ToArray",
        "Take", "Skip", "TakeLast", "SkipLast", "TakeWhile", "SkipWhile", "Concat", "Reverse", "Aggregate", "Zip", "ElementAt",
        "ElementAtOrDefault", "Cast", "OfType", "Append", "Prepend", "Chunk", "DefaultIfEmpty", "Empty", "Repeat", "AsEnumerable",
        "ToDictionary", "ToLookup", "GroupBy", "Join", "GroupJoin", "DistinctBy", "MinBy", "MaxBy",
        "Sort", "Resize", "Exists", "Find", "FindIndex", "FindLast", "FindLastIndex", "FindAll", "ConvertAll", "ForEach", "TrueForAll",
        "AsReadOnly", "GetValueOrDefault", "TryAdd",
    };

    private static bool SafeMethodTypeArgument(IMethodSymbol method, string typeParameter)
    {
        var owner = method.ContainingType?.ToDisplayString();
        if (owner is not ("System.Linq.Enumerable" or "System.Array" or "System.Collections.Generic.List<T>" or "System.Collections.Generic.CollectionExtensions"))
            return false;
        return typeParameter != "TKey" && MovingMethods.Contains(method.Name);
    }

    private void Instantiations(ITypeSymbol? t)
    {
        switch (t)
        {
            case IArrayTypeSymbol a:
                Instantiations(a.ElementType);
                break;
            case INamedTypeSymbol { IsGenericType: true } n when _seen.Add(n):
                if (_p.IsSource(n))
                {
                    var def = n.OriginalDefinition;
                    for (var i = 0; i < def.TypeParameters.Length && i < n.TypeArguments.Length; i++) Instantiation(def.TypeParameters[i], n.TypeArguments[i]);
                }
                foreach (var arg in n.TypeArguments) Instantiations(arg);
                Instantiations(n.ContainingType);
                break;
        }
    }

    private void Instantiation(ITypeParameterSymbol parameter, ITypeSymbol argument)
    {
        if (SymbolEqualityComparer.Default.Equals(parameter, argument)) return;
        if (!_instantiations.TryGetValue(parameter, out var list)) _instantiations[parameter] = list = [];
        list.Add(argument);
        Instantiations(argument);
    }

    /// <summary>A value of type <paramref name="t"/> may have its value methods called.</summary>
    private void Use(ITypeSymbol? t)
    {
        var parts = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        Components(t, parts);
        foreach (var part in parts) _work.Enqueue(part);
    }

    private void Close()
    {
        while (_work.Count > 0)
        {
            var t = _work.Dequeue();
            if (t is ITypeParameterSymbol tp)
            {
                if (_parameters.Add(tp))
                    foreach (var arg in _instantiations.GetValueOrDefault(tp) ?? []) Use(arg);
                continue;
            }
            if (t is not INamedTypeSymbol n) continue;
            if (n.IsAnonymousType)
            {
                if (_needed.Add(n)) foreach (var prop in n.GetMembers().OfType<IPropertySymbol>()) Use(prop.Type);
                continue;
            }
            if (!_needed.Add(n.OriginalDefinition)) continue;
            // Derived classes and implementers stand behind a value of this type.
            foreach (var other in _sourceTypes)
                if (DerivesFrom(other, n.OriginalDefinition)) _work.Enqueue(other);
            // A record's methods call its fields' (base records' fields included).
            for (var r = n.OriginalDefinition; r is not null && _p.IsSource(r); r = r.BaseType?.OriginalDefinition)
                if (r.IsRecord)
                    foreach (var member in r.GetMembers().Where(m => !m.IsStatic))
                        Use(member switch { IFieldSymbol f => f.Type, IPropertySymbol pr => pr.Type, _ => null });
        }
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseOrInterface)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
            if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, baseOrInterface)) return true;
        return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, baseOrInterface));
    }
}
