using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Lower;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Check;

/// <summary>
/// KJS0123. Type arguments are erased in JavaScript: inside generic code a <c>T</c> holding a char, an enum or a
/// 64-bit integer is a bare number, so code that turns a <c>T</c> into text (ToString, interpolation, string.Join…)
/// or into <c>object</c> (which a boxed value must remember its type through) cannot answer as .NET does. Such code
/// is found program-wide (also through generic calls that pass their <c>T</c> on), and each instantiation with one of
/// those types is reported where it is written.
/// </summary>
internal static class ErasedTypeArguments
{
    [System.Flags]
    private enum Use { None = 0, Text = 1, Box = 2, Compare = 4 }

    public static void Check(ProgramContext context)
    {
        var uses = new Dictionary<ITypeParameterSymbol, Use>(SymbolEqualityComparer.Default);
        var edges = new List<(ITypeParameterSymbol Callee, ITypeParameterSymbol Caller)>();
        var sites = new List<(IOperation Site, ITypeParameterSymbol Parameter, ITypeSymbol Argument)>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            var model = context.Model(tree);
            foreach (var root in Roots(tree.GetRoot()))
            {
                if (model.GetOperation(root) is not { } op) continue;
                foreach (var node in op.DescendantsAndSelf())
                    Visit(node, uses, edges, sites);
            }
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (callee, caller) in edges)
            {
                var have = uses.GetValueOrDefault(caller);
                var next = have | uses.GetValueOrDefault(callee);
                if (next == have) continue;
                uses[caller] = next;
                changed = true;
            }
        }

        foreach (var (site, parameter, argument) in sites)
        {
            var use = uses.GetValueOrDefault(parameter.OriginalDefinition);
            if (use == Use.None || argument is ITypeParameterSymbol) continue;
            var type = ProgramContext.StripNullable(argument)!;
            if (!Loses(type, use)) continue;
            var owner = parameter.DeclaringMethod?.Name ?? parameter.DeclaringType?.Name;
            var what = use.HasFlag(Use.Box) ? "converts it to object or hashes it" : use.HasFlag(Use.Compare) ? "compares it (CompareTo, Comparer<T>.Default)" : "turns it into text";
            context.Error(site.Syntax.GetLocation(), "KJS0123",
                $"{type.ToDisplayString()} as the type argument {parameter.Name} of {owner}: that generic code {what}, and in JavaScript a {parameter.Name} holding a {type.ToDisplayString()} is a bare number that forgets its C# type; make the code non-generic for {type.ToDisplayString()} or pass a string/int");
        }
    }

    /// <summary>Char and enums print differently from their number, 64-bit integers print differently beyond 1E+15;
    /// once converted to object (or hashed), every boxed kind (all but int, bool and reference types) must carry its
    /// type; CompareTo of a char or an integer narrower than int answers the difference, not the sign.</summary>
    private static bool Loses(ITypeSymbol type, Use use)
    {
        if (type.TypeKind == TypeKind.Enum) return true;
        if (use.HasFlag(Use.Compare) && type.SpecialType is SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Byte or SpecialType.System_SByte) return true;
        return type.SpecialType switch
        {
            SpecialType.System_Char or SpecialType.System_Int64 or SpecialType.System_UInt64 => true,
            SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_UInt32 or SpecialType.System_Int16
                or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte => use.HasFlag(Use.Box),
            _ => false,
        };
    }

    private static IEnumerable<SyntaxNode> Roots(SyntaxNode root) => root.DescendantNodes().Where(n => n switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => true,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax } => true,
        _ => false,
    });

    private static void Visit(IOperation node, Dictionary<ITypeParameterSymbol, Use> uses,
        List<(ITypeParameterSymbol, ITypeParameterSymbol)> edges, List<(IOperation, ITypeParameterSymbol, ITypeSymbol)> sites)
    {
        void Mark(ITypeSymbol? type, Use use)
        {
            if (ProgramContext.StripNullable(type) is ITypeParameterSymbol tp)
                uses[tp.OriginalDefinition] = uses.GetValueOrDefault(tp.OriginalDefinition) | use;
        }

        switch (node)
        {
            case IConversionOperation { Operand.Type: { } from } conversion
                when ProgramContext.StripNullable(from) is ITypeParameterSymbol && conversion.Type is { } to
                     && ProgramContext.StripNullable(to) is not ITypeParameterSymbol && !IsNullComparison(conversion):
                Mark(from, Use.Box);
                break;
            case IInvocationOperation { Instance.Type: { } instance, TargetMethod.Name: "ToString" or "Equals" }:
                Mark(instance, Use.Text);
                break;
            case IInvocationOperation { Instance.Type: { } instance, TargetMethod.Name: "GetHashCode" }:
                Mark(instance, Use.Box);
                break;
            case IInvocationOperation { Instance.Type: { } instance, TargetMethod.Name: "CompareTo" }:
                Mark(instance, Use.Compare);
                break;
            case IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true, ContainingType: { TypeArguments: [var argument] } owner } }
                when owner.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.EqualityComparer<T>" or "System.Collections.Generic.Comparer<T>":
                Mark(argument, owner.Name == "Comparer" ? Use.Compare : Use.Box);
                break;
            case IInterpolationOperation hole:
                Mark(Unconverted(hole.Expression).Type, Use.Text);
                break;
        }

        switch (node)
        {
            case IInvocationOperation inv:
                Instantiation(node, inv.TargetMethod, inv.TargetMethod.ContainingType, uses, edges, sites);
                break;
            case IObjectCreationOperation { Type: INamedTypeSymbol created }:
                Instantiation(node, null, created, uses, edges, sites);
                break;
            case IMemberReferenceOperation { Member.IsStatic: true } member:
                Instantiation(node, null, member.Member.ContainingType, uses, edges, sites);
                break;
        }
    }

    private static void Instantiation(IOperation site, IMethodSymbol? method, INamedTypeSymbol? type,
        Dictionary<ITypeParameterSymbol, Use> uses, List<(ITypeParameterSymbol, ITypeParameterSymbol)> edges,
        List<(IOperation, ITypeParameterSymbol, ITypeSymbol)> sites)
    {
        var pairs = new List<(ITypeParameterSymbol Parameter, ITypeSymbol Argument)>();
        if (method is { IsGenericMethod: true })
            pairs.AddRange(method.OriginalDefinition.TypeParameters.Zip(method.TypeArguments));
        for (var t = type; t is not null; t = t.ContainingType)
            if (t.IsGenericType)
                pairs.AddRange(t.OriginalDefinition.TypeParameters.Zip(t.TypeArguments));
        if (pairs.Count == 0) return;
        var owner = method?.OriginalDefinition as ISymbol ?? type!.OriginalDefinition;
        var inSource = owner.Locations.Any(l => l.IsInSource);
        foreach (var (parameter, argument) in pairs)
        {
            if (inSource)
            {
                sites.Add((site, parameter, argument));
                if (ProgramContext.StripNullable(argument) is ITypeParameterSymbol passed)
                    edges.Add((parameter.OriginalDefinition, passed.OriginalDefinition));
            }
            else if (FormatsItsArguments(owner) && ProgramContext.StripNullable(argument) is ITypeParameterSymbol formatted)
                uses[formatted.OriginalDefinition] = uses.GetValueOrDefault(formatted.OriginalDefinition) | Use.Text;
        }
    }

    /// <summary>Library generics that turn their T into text (string.Join&lt;T&gt;, StringBuilder.AppendJoin&lt;T&gt;…).</summary>
    private static bool FormatsItsArguments(ISymbol owner) =>
        owner.ContainingType?.ToDisplayString() is "string" or "System.Text.StringBuilder" or "System.Console" or "System.Convert";

    private static bool IsNullComparison(IConversionOperation conversion) =>
        conversion.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } b
        && (b.LeftOperand.ConstantValue is { HasValue: true, Value: null } || b.RightOperand.ConstantValue is { HasValue: true, Value: null })
        || conversion.Parent is IConditionalAccessOperation or ICoalesceOperation;

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } c) operation = c.Operand;
        return operation;
    }
}
