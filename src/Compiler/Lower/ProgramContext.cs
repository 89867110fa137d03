using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower;

/// <summary>State shared by the lowering of one program: diagnostics, requested helpers, names, interop facts.</summary>
public sealed class ProgramContext
{
    public ProgramContext(Compilation compilation, IReadOnlyList<ILibraryLowering> libraries)
    {
        Compilation = compilation;
        Libraries = libraries;
        Names = new Naming(this);
    }

    public Compilation Compilation { get; }

    /// <summary>Shipped (renamed) output: a member of a declared enum is printed as its value, not <c>E.Member</c>
    /// (the enum object stays for printing names, where the code prints them).</summary>
    public bool InlineEnumValues { get; init; }

    /// <summary>Shipped output: templates' <c>pluginLib.React.createElement(</c> calls go through the
    /// <c>$createElement</c> helper, so the path is spelled once.</summary>
    public bool ShortTemplateCalls { get; init; }
    public IReadOnlyList<ILibraryLowering> Libraries { get; }

    /// <summary>Set when the output is pruned from an entry point: then only the classes and records it names get
    /// compiler-written <c>Equals</c>/<c>GetHashCode</c>/<c>ToString</c>. Null (a library for someone else's script):
    /// all of them do.</summary>
    public Reach.ValueMethodUses? ValueMethods { get; set; }

    public bool NeedsValueMethods(INamedTypeSymbol type) => ValueMethods?.Needs(type) ?? true;
    public Naming Names { get; }
    public List<Diagnostic> Diagnostics { get; } = [];
    public SortedSet<string> HelpersUsed { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> GlobalRoots { get; } = new(StringComparer.Ordinal);

    /// <summary>Classes whose static initialisation runs lazily, as in .NET, on first use (static constructor or
    /// initialisers with side effects): <c>C.$cctor()</c> runs it once and returns the class.</summary>
    public HashSet<ISymbol> LazyStatics { get; } = new(SymbolEqualityComparer.Default);

    public bool IsLazyStatic(INamedTypeSymbol? type) => type is not null && LazyStatics.Contains(type.OriginalDefinition);

    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];

    public SemanticModel Model(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model)) _models[tree] = model = Compilation.GetSemanticModel(tree);
        return model;
    }

    public JsIdentifier Helper(string name)
    {
        HelpersUsed.Add(name);
        return new JsIdentifier(name);
    }

    public void Error(Location location, string code, string message) =>
        Diagnostics.Add(DiagnosticFactory.Create(Severity.Error, code, location, message));

    public void Warning(Location location, string code, string message) =>
        Diagnostics.Add(DiagnosticFactory.Create(Severity.Warning, code, location, message));

    // ------------------------------------------------------------------ type classification

    public bool IsSource(ISymbol? symbol) =>
        symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Compilation.Assembly);

    public static bool HasAttribute(ISymbol? symbol, string name) =>
        symbol is not null && symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "CSharpToJs.Interop." + name + "Attribute");

    public static string? AttributeString(ISymbol? symbol, string name) =>
        symbol?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "CSharpToJs.Interop." + name + "Attribute")
            ?.ConstructorArguments.FirstOrDefault().Value as string;

    /// <summary>[External] on the symbol or any containing type.</summary>
    public static bool IsExternal(ISymbol? symbol)
    {
        for (var s = symbol; s is not null; s = s.ContainingType)
            if (HasAttribute(s, "External") || HasAttribute(s, "JsGlobal")) return true;
        return false;
    }

    public static bool IsObjectLiteral(ITypeSymbol? type) => type is not null && HasAttribute(type.OriginalDefinition, "ObjectLiteral");

    public bool IsJsonShape(ITypeSymbol? type)
    {
        if (type is null) return false;
        if (type is INamedTypeSymbol { IsGenericType: true } g && g.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T) return false;
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return ns == "k8s.Models" || HasAttribute(type.OriginalDefinition, "JsonShape");
    }

    /// <summary>Types of the .NET library (System.*) that are not declared in the sources.</summary>
    public bool IsLibrary(ISymbol? symbol)
    {
        if (symbol is null || IsSource(symbol)) return false;
        var type = symbol as ITypeSymbol ?? symbol.ContainingType;
        if (type is IArrayTypeSymbol) return true;
        var ns = type?.ContainingNamespace?.ToDisplayString() ?? symbol.ContainingNamespace?.ToDisplayString() ?? "";
        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns == "Microsoft.CSharp";
    }

    public static bool IsExceptionType(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == "System.Exception") return true;
        return false;
    }

    public static bool IsInt32Like(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16
        or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_Char;

    public static ITypeSymbol? Underlying(ITypeSymbol? t)
    {
        if (t is INamedTypeSymbol { IsGenericType: true } n && n.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
            t = n.TypeArguments[0];
        if (t is INamedTypeSymbol { TypeKind: TypeKind.Enum } e) t = e.EnumUnderlyingType;
        return t;
    }

    public static bool IsNullableValue(ITypeSymbol? t) =>
        t is INamedTypeSymbol { IsGenericType: true } n && n.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T;

    public static ITypeSymbol? StripNullable(ITypeSymbol? t) =>
        IsNullableValue(t) ? ((INamedTypeSymbol)t!).TypeArguments[0] : t;
}

public static class DiagnosticFactory
{
    public static Diagnostic Create(Severity severity, string code, Location location, string message)
    {
        var span = location.GetLineSpan();
        return new Diagnostic(severity, code, span.Path ?? "", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
    }
}
