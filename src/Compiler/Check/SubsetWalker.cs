using System.Linq;
using System.Text.RegularExpressions;
using CSharpToJs.Lower;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Check;

/// <summary>Walks the syntax of one file and reports constructs outside the subset (codes in the README table).</summary>
internal sealed class SubsetWalker : CSharpSyntaxWalker
{
    private readonly ProgramContext _ctx;
    private readonly SemanticModel _model;

    public SubsetWalker(ProgramContext ctx, SemanticModel model)
    {
        _ctx = ctx;
        _model = model;
    }

    private void Error(SyntaxNode node, string code, string message) => _ctx.Error(node.GetLocation(), code, message);
    private void Error(SyntaxToken token, string code, string message) => _ctx.Error(token.GetLocation(), code, message);

    public override void VisitGotoStatement(GotoStatementSyntax node)
    {
        Error(node, "KJS0101", "goto is not supported; restructure with loops, break, continue or a helper method");
        base.VisitGotoStatement(node);
    }

    public override void VisitLabeledStatement(LabeledStatementSyntax node)
    {
        Error(node, "KJS0101", "labels are only targets of goto, which is not supported; restructure with loops and break/continue");
        base.VisitLabeledStatement(node);
    }

    public override void VisitUnsafeStatement(UnsafeStatementSyntax node)
    {
        Error(node, "KJS0102", "unsafe code has no JavaScript equivalent; use safe code (arrays and indexes)");
        base.VisitUnsafeStatement(node);
    }

    public override void VisitPointerType(PointerTypeSyntax node)
    {
        Error(node, "KJS0102", "pointers have no JavaScript equivalent; use arrays, indexes or references");
        base.VisitPointerType(node);
    }

    public override void VisitFixedStatement(FixedStatementSyntax node)
    {
        Error(node, "KJS0102", "fixed pins memory for pointers, which JavaScript does not have; use safe code");
        base.VisitFixedStatement(node);
    }

    public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
    {
        Error(node, "KJS0102", "function pointers are unsafe code; use a delegate (Func/Action)");
        base.VisitFunctionPointerType(node);
    }

    public override void VisitLockStatement(LockStatementSyntax node)
    {
        Error(node, "KJS0110", "lock is for threads, which JavaScript does not have; remove it (code runs on one thread)");
        base.VisitLockStatement(node);
    }

    public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
    {
        Error(node, "KJS0111", "stackalloc/Span memory is not supported; use an array");
        base.VisitStackAllocArrayCreationExpression(node);
    }

    public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node)
    {
        Error(node, "KJS0111", "stackalloc/Span memory is not supported; use an array");
        base.VisitImplicitStackAllocArrayCreationExpression(node);
    }

    public override void VisitListPattern(ListPatternSyntax node)
    {
        Error(node, "KJS0109", "list patterns are not supported; test Count/Length and index the elements instead");
        base.VisitListPattern(node);
    }

    public override void VisitEventFieldDeclaration(EventFieldDeclarationSyntax node)
    {
        Error(node, "KJS0116", "events are not supported; pass a callback (Action/Func) or keep a list of handlers");
        base.VisitEventFieldDeclaration(node);
    }

    public override void VisitEventDeclaration(EventDeclarationSyntax node)
    {
        Error(node, "KJS0116", "events are not supported; pass a callback (Action/Func) or keep a list of handlers");
        base.VisitEventDeclaration(node);
    }

    public override void VisitRefType(RefTypeSyntax node)
    {
        Error(node, "KJS0119", "ref locals and ref returns are not supported; return the value or a tuple");
        base.VisitRefType(node);
    }

    public override void VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
    {
        if (node.Rank > 1) Error(node, "KJS0120", "multi-dimensional arrays are not supported; use an array of arrays (T[][])");
        base.VisitArrayRankSpecifier(node);
    }

    public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
    {
        foreach (var member in node.Members)
        {
            var hasBody = member switch
            {
                BaseMethodDeclarationSyntax m => m.Body is not null || m.ExpressionBody is not null,
                BasePropertyDeclarationSyntax p => p.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true
                                                   || (p as PropertyDeclarationSyntax)?.ExpressionBody is not null,
                FieldDeclarationSyntax => true,
                _ => false,
            };
            if (hasBody || member.Modifiers.Any(SyntaxKind.StaticKeyword))
                Error(member, "KJS0121", "interfaces are compile-time only, so members with bodies (default implementations, static members) are not supported; use an abstract class or a static class");
        }
        base.VisitInterfaceDeclaration(node);
    }

    public override void VisitStructDeclaration(StructDeclarationSyntax node)
    {
        CheckStruct(node, node.Modifiers);
        CheckCollectionInterfaces(node);
        CheckGenericStatics(node);
        base.VisitStructDeclaration(node);
    }

    public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
    {
        if (node.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)) CheckStruct(node, node.Modifiers);
        CheckCollectionInterfaces(node);
        CheckGenericStatics(node);
        base.VisitRecordDeclaration(node);
    }

    public override void VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        CheckCollectionInterfaces(node);
        CheckGenericStatics(node);
        base.VisitClassDeclaration(node);
    }

    /// <summary>.NET keeps a generic type's static state once per type argument (<c>Cache&lt;int&gt;.Count</c> and
    /// <c>Cache&lt;string&gt;.Count</c> are two variables, each with its own static constructor run); the type
    /// arguments are erased in JavaScript, where the type is one class with one set of statics. Constants are the
    /// same for every type argument.</summary>
    private void CheckGenericStatics(TypeDeclarationSyntax node)
    {
        if (_model.GetDeclaredSymbol(node) is not INamedTypeSymbol type || ProgramContext.IsExternal(type)) return;
        var generic = type;
        while (generic is not null && generic.TypeParameters.Length == 0) generic = generic.ContainingType;
        if (generic is null) return;
        var where = generic.Equals(type, SymbolEqualityComparer.Default) ? $"the generic type {type.Name}" : $"{type.Name}, nested in the generic type {generic.Name},";
        const string fix = "keep the state in a non-generic class (e.g. a Dictionary keyed by a value standing for T) or make it const";
        foreach (var member in node.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.StaticKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    foreach (var variable in field.Declaration.Variables)
                        Error(variable.Identifier, "KJS0127", $"the static field {variable.Identifier.Text} of {where} would be one variable for every type argument in JavaScript (.NET has one per type argument); {fix}");
                    break;
                case PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.StaticKeyword)
                                                             && _model.GetDeclaredSymbol(property) is { } symbol
                                                             && type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, symbol)):
                    Error(property.Identifier, "KJS0127", $"the static auto-property {property.Identifier.Text} of {where} would be one variable for every type argument in JavaScript (.NET has one per type argument); {fix}");
                    break;
                case ConstructorDeclarationSyntax ctor when ctor.Modifiers.Any(SyntaxKind.StaticKeyword):
                    Error(ctor.Identifier, "KJS0127", $"the static constructor of {where} would run once in JavaScript (.NET runs it once per type argument); {fix}");
                    break;
            }
        }
    }

    private static readonly string[] CollectionInterfaces =
    [
        "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IReadOnlyCollection`1",
    ];

    /// <summary>Lists and collections are JavaScript arrays (and the runtime's sets and dictionaries) at run time:
    /// their indexers and Count read the array, which a class of one's own is not.</summary>
    private void CheckCollectionInterfaces(TypeDeclarationSyntax node)
    {
        if (_model.GetDeclaredSymbol(node) is not INamedTypeSymbol type) return;
        var implemented = type.AllInterfaces.FirstOrDefault(i => CollectionInterfaces.Contains(Lower.Library.MemberKeys.TypeName(i)));
        if (implemented is not null)
            Error(node.Identifier, "KJS0126", $"{type.Name} implements {implemented.OriginalDefinition.ToDisplayString()}, which is not supported: lists and collections are JavaScript arrays at run time; implement IEnumerable<T> or expose a list");
    }

    /// <summary>Structs are copied on assignment in C# but shared in JavaScript: only immutable structs are allowed.</summary>
    private void CheckStruct(TypeDeclarationSyntax node, SyntaxTokenList modifiers)
    {
        if (modifiers.Any(SyntaxKind.ReadOnlyKeyword)) return;
        if (_model.GetDeclaredSymbol(node) is not INamedTypeSymbol type) return;
        var mutable = type.GetMembers().Any(m => m is IFieldSymbol { IsStatic: false, IsReadOnly: false, IsConst: false } ||
                                                 m is IPropertySymbol { IsStatic: false, SetMethod: { IsInitOnly: false } });
        if (mutable)
            Error(node.Identifier, "KJS0105", $"the struct {type.Name} is mutable; copies would be shared in JavaScript. Make it a readonly struct/readonly record struct or a class");
    }

    public override void VisitParameter(ParameterSyntax node)
    {
        // ref/out parameters of your own methods and local functions receive a cell ($Ref) the caller builds over the
        // variable, field or array element. Lambdas, delegates, constructors and JavaScript-provided members do not
        // follow that convention, and 'in' is not translated.
        var refKind = node.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword));
        if (refKind != default && !IsCellParameter(node, refKind))
            Error(node, "KJS0108", $"'{refKind.Text}' parameters are supported only on your own methods and local functions ('ref'/'out'), not on lambdas, delegates, constructors, [External]/[Template] members or as 'in'; return a tuple or a record instead");
        base.VisitParameter(node);
    }

    private bool IsCellParameter(ParameterSyntax node, SyntaxToken refKind)
    {
        if (refKind.IsKind(SyntaxKind.InKeyword) || node.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) || node.Modifiers.Any(SyntaxKind.ThisKeyword)) return false;
        if (node.Parent?.Parent is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax)) return false;
        if (_model.GetDeclaredSymbol(node.Parent.Parent) is not IMethodSymbol method) return false;
        return !ProgramContext.IsExternal(method) && !ProgramContext.IsExternal(method.ContainingType)
               && ProgramContext.AttributeString(method, "Template") is null;
    }

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (node.IsVar || node.Parent is QualifiedNameSyntax || (node.Parent is MemberAccessExpressionSyntax ma && ma.Name == node))
        {
            base.VisitIdentifierName(node);
            return;
        }
        var info = _model.GetTypeInfo(node);
        if (node.Identifier.Text == "dynamic" && info.Type?.TypeKind == TypeKind.Dynamic)
            Error(node, "KJS0103", "dynamic is not supported; declare a class or an [External] interface for the shape you use");
        base.VisitIdentifierName(node);
    }

    public override void VisitPredefinedType(PredefinedTypeSyntax node)
    {
        if (node.Keyword.IsKind(SyntaxKind.DecimalKeyword))
            Error(node, "KJS0104", "decimal has no JavaScript equivalent; use double (or int for money in cents)");
        base.VisitPredefinedType(node);
    }

    public override void VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.NumericLiteralExpression) && node.Token.Value is decimal)
            Error(node, "KJS0104", "decimal literals (the m suffix) are not supported; use double");
        base.VisitLiteralExpression(node);
    }

    public override void VisitTypeOfExpression(TypeOfExpressionSyntax node)
    {
        var type = _model.GetTypeInfo(node.Type).Type;
        if (type is ITypeParameterSymbol || (type is INamedTypeSymbol named && named.TypeArguments.Any(a => a is ITypeParameterSymbol)))
            Error(node, "KJS0106", "typeof of an open generic type needs run-time type information, which is erased; pass a value or a name instead");
        else
            Error(node, "KJS0107", "typeof(...) is reflection, which is not supported; use pattern matching, an enum or a string");
        base.VisitTypeOfExpression(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var symbol = _model.GetSymbolInfo(node).Symbol as IMethodSymbol;
        if (symbol is { Name: "GetType", Parameters.Length: 0 } && symbol.ContainingType?.SpecialType == SpecialType.System_Object)
            Error(node, "KJS0107", "GetType() is reflection, which is not supported; use pattern matching (is/switch) or a virtual member");
        base.VisitInvocationExpression(node);
    }

    public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        var symbol = _model.GetSymbolInfo(node).Symbol;
        var ns = symbol?.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns == "System.Reflection" || ns.StartsWith("System.Reflection.", System.StringComparison.Ordinal))
            Error(node, "KJS0107", "System.Reflection is not supported; use interfaces, pattern matching or explicit code");
        base.VisitMemberAccessExpression(node);
    }

    public override void VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.IsExpression) && _model.GetOperation(node) is IIsTypeOperation isType && node.Right is TypeSyntax tested
            && IsNumberType(isType.TypeOperand) && !IsNumberType(isType.ValueOperand.Type))
        {
            Error(tested, "KJS0122", BoxedNumberMessage(isType.ValueOperand.Type, isType.TypeOperand));
        }
        if (node.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
            or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression)
        {
            var type = _model.GetTypeInfo(node).Type;
            if (type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64)
                _ctx.Warning(node.OperatorToken.GetLocation(), "KJS0115", "long arithmetic uses JavaScript numbers: exact up to 2^53, beyond that it throws OverflowException at run time instead of wrapping; prefer int or double");
        }
        base.VisitBinaryExpression(node);
    }

    public override void VisitDeclarationPattern(DeclarationPatternSyntax node)
    {
        CheckBoxedNumberTest(_model.GetOperation(node) as IPatternOperation, node.Type);
        base.VisitDeclarationPattern(node);
    }

    public override void VisitTypePattern(TypePatternSyntax node)
    {
        CheckBoxedNumberTest(_model.GetOperation(node) as IPatternOperation, node.Type);
        base.VisitTypePattern(node);
    }

    public override void VisitRecursivePattern(RecursivePatternSyntax node)
    {
        if (node.Type is not null) CheckBoxedNumberTest(_model.GetOperation(node) as IPatternOperation, node.Type);
        base.VisitRecursivePattern(node);
    }

    public override void VisitConstantPattern(ConstantPatternSyntax node)
    {
        if (_model.GetOperation(node) is IConstantPatternOperation constant && IsNumberType(constant.Value.Type) && !IsNumberType(constant.InputType))
            Error(node, "KJS0122", BoxedNumberMessage(constant.InputType, constant.Value.Type!));
        base.VisitConstantPattern(node);
    }

    public override void VisitRelationalPattern(RelationalPatternSyntax node)
    {
        if (_model.GetOperation(node) is IRelationalPatternOperation relational && IsNumberType(relational.Value.Type) && !IsNumberType(relational.InputType))
            Error(node, "KJS0122", BoxedNumberMessage(relational.InputType, relational.Value.Type!));
        base.VisitRelationalPattern(node);
    }

    /// <summary><c>is int</c> on an object: in JavaScript int, double and char are all plain numbers, so the test
    /// cannot tell which C# type was boxed (a boxed 'c' would match <c>int</c>).</summary>
    private void CheckBoxedNumberTest(IPatternOperation? pattern, TypeSyntax typeSyntax)
    {
        if (pattern is null || !IsNumberType(pattern.NarrowedType) || IsNumberType(pattern.InputType)) return;
        Error(typeSyntax, "KJS0122", BoxedNumberMessage(pattern.InputType, pattern.NarrowedType));
    }

    private static string BoxedNumberMessage(ITypeSymbol? input, ITypeSymbol tested) =>
        $"a boxed number does not keep its C# type in JavaScript (int, double and char are all numbers), so testing {input?.ToDisplayString() ?? "a value"} for {tested.ToDisplayString()} could match the wrong kind of number; keep the value in a variable of its number type (or a nullable of it), or wrap it in a record";

    private static bool IsNumberType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        if (type?.TypeKind == TypeKind.Enum) return true;
        return type?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
            or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Char;
    }

    public override void DefaultVisit(SyntaxNode node)
    {
        if (node is ExpressionSyntax expr && node is not (ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax))
            CheckDictionaryConversion(expr);
        if (node is MemberDeclarationSyntax or AccessorDeclarationSyntax) CheckTemplates(node);
        base.DefaultVisit(node);
    }

    public override void VisitAttributeList(AttributeListSyntax node)
    {
        CheckTemplates(node.Parent!);
        base.VisitAttributeList(node);
    }

    private static readonly Regex Placeholder = new(@"\{\*?(this|[A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.Compiled);

    private readonly System.Collections.Generic.HashSet<ISymbol> _templatesChecked = new(SymbolEqualityComparer.Default);

    private void CheckTemplates(SyntaxNode declaration)
    {
        var symbol = _model.GetDeclaredSymbol(declaration);
        if (symbol is null || !_templatesChecked.Add(symbol)) return;
        var template = ProgramContext.AttributeString(symbol, "Template");
        if (template is null) return;
        var parameters = symbol switch
        {
            IMethodSymbol m => m.Parameters.Select(p => p.Name).ToList(),
            IPropertySymbol p => p.Parameters.Select(x => x.Name).ToList(),
            _ => [],
        };
        var isStatic = symbol.IsStatic || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor };
        var attribute = symbol.GetAttributes().First(a => a.AttributeClass?.Name == "TemplateAttribute");
        var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? declaration.GetLocation();
        foreach (Match m in Placeholder.Matches(template))
        {
            var name = m.Groups[1].Value;
            if (name == "this" && isStatic)
                _ctx.Error(location, "KJS0113", "[Template] uses {this} on a static member; remove {this} or make the member an instance member");
            else if (name != "this" && !parameters.Contains(name))
                _ctx.Error(location, "KJS0113", $"[Template] placeholder '{{{name}}}' does not name a parameter of {symbol.Name}; use one of: {string.Join(", ", parameters.Select(p => "{" + p + "}"))}");
        }
    }

    private void CheckDictionaryConversion(ExpressionSyntax expr)
    {
        var info = _model.GetTypeInfo(expr);
        if (info.Type is not INamedTypeSymbol from || info.ConvertedType is not INamedTypeSymbol to) return;
        if (from.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.Dictionary<TKey, TValue>") return;
        if (to.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.IDictionary<TKey, TValue>") return;
        // Handing the dictionary to a library method (e.g. the receiver of GetValueOrDefault) keeps its representation.
        if (expr.Parent is MemberAccessExpressionSyntax ma && ma.Expression == expr) return;
        if (expr.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } &&
            _model.GetSymbolInfo(call).Symbol is IMethodSymbol target && _ctx.IsLibrary(target)) return;
        Error(expr, "KJS0112", "a Dictionary converted to IDictionary would change representation (runtime class vs plain JSON object); write 'new Dictionary<string, T> { … }' directly where IDictionary is expected, or keep the Dictionary type");
    }
}
