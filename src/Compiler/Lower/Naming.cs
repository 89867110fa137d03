using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower;

/// <summary>JavaScript names of types and members. User members keep their C# names; overloaded method names get a
/// deterministic suffix; external members are camelCase unless [Name] says otherwise; JSON shapes use [JsonPropertyName].</summary>
public sealed class Naming
{
    private readonly ProgramContext _ctx;
    private readonly Dictionary<ISymbol, string> _typeNames = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _usedTypeNames = new(StringComparer.Ordinal);
    private Dictionary<string, List<string>>? _signaturesByName;
    private readonly Dictionary<ISymbol, bool> _own = new(SymbolEqualityComparer.Default);

    public Naming(ProgramContext ctx) => _ctx = ctx;

    /// <summary>All top-level names the bundle declares (user types); locals that collide are renamed.</summary>
    public IReadOnlySet<string> TopLevelNames => _usedTypeNames;

    public void DeclareTypes(IEnumerable<INamedTypeSymbol> types)
    {
        _usedTypeNames.Add("pluginLib");
        foreach (var type in types)
        {
            var baseName = type.ContainingType is null ? type.Name : TypeName(type.ContainingType) + "_" + type.Name;
            if (ProgramContext.AttributeString(type, "Name") is { } explicitName) baseName = explicitName;
            if (!JsPrinter.IsValidBinding(baseName)) baseName += "_";
            var name = baseName;
            for (var i = 2; !_usedTypeNames.Add(name); i++) name = baseName + i;
            _typeNames[type.OriginalDefinition] = name;
        }
    }

    public string TypeName(INamedTypeSymbol type) =>
        _typeNames.TryGetValue(type.OriginalDefinition, out var name) ? name : type.Name;

    public bool IsDeclared(INamedTypeSymbol type) => _typeNames.ContainsKey(type.OriginalDefinition);

    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Property names the program gave its own members (source types, no interop, JSON or [Name]): code
    /// outside the bundle never sees them, so the member renaming may shorten them.</summary>
    public HashSet<string> OwnMemberNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Property names that JavaScript outside the bundle, JSON or the runtime can see: never renamed.</summary>
    public HashSet<string> ForeignMemberNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The JavaScript name of a field, property, method or event.</summary>
    public string MemberName(ISymbol member)
    {
        var name = ComputeMemberName(member);
        if (!_own.TryGetValue(member, out var own)) _own[member] = own = IsOwn(member);
        (own ? OwnMemberNames : ForeignMemberNames).Add(name);
        return name;
    }

    /// <summary>A member only this bundle's code reads or writes by name: declared in the sources on a class or struct
    /// that is no interop, JSON, enum or anonymous type and that JavaScript outside does not drive (no [External]
    /// base or interface), without [Name], and not an override or implementation of a library or external member.</summary>
    private bool IsOwn(ISymbol member)
    {
        if (member is IMethodSymbol { AssociatedSymbol: { } associated }) member = associated;
        if (!_ctx.IsSource(member) || member.IsImplicitlyDeclared && member is not IFieldSymbol) return false;
        if (ProgramContext.AttributeString(member, "Name") is not null || ProgramContext.IsExternal(member)) return false;
        if (member.ContainingType is not { } type || type.IsAnonymousType || type.IsTupleType || type.TypeKind == TypeKind.Enum
            || _ctx.IsJsonShape(type) || ProgramContext.IsObjectLiteral(type) || DrivenFromOutside(type)) return false;
        switch (member)
        {
            case IMethodSymbol m:
                var root = m.OriginalDefinition;
                while (root.OverriddenMethod is { } o) root = o.OriginalDefinition;
                return _ctx.IsSource(root) && m.ExplicitInterfaceImplementations.All(_ctx.IsSource) && !ImplementsForeign(m);
            case IPropertySymbol p:
                var rootProperty = p.OriginalDefinition;
                while (rootProperty.OverriddenProperty is { } o) rootProperty = o.OriginalDefinition;
                return _ctx.IsSource(rootProperty) && p.ExplicitInterfaceImplementations.All(_ctx.IsSource) && !ImplementsForeign(p);
            default:
                return true;
        }
    }

    /// <summary>An implicit implementation of a member of an interface this program does not declare.</summary>
    private bool ImplementsForeign(ISymbol member) =>
        member.ContainingType.AllInterfaces.Where(i => !_ctx.IsSource(i))
            .SelectMany(i => i.GetMembers())
            .Any(m => SymbolEqualityComparer.Default.Equals(member.ContainingType.FindImplementationForInterfaceMember(m), member));

    private static bool DrivenFromOutside(INamedTypeSymbol type)
    {
        if (type.AllInterfaces.Any(ProgramContext.IsExternal)) return true;
        for (var b = type.BaseType; b is not null; b = b.BaseType)
            if (ProgramContext.IsExternal(b)) return true;
        return false;
    }

    private string ComputeMemberName(ISymbol member)
    {
        if (ProgramContext.AttributeString(member, "Name") is { } explicitName) return explicitName;
        if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } accessor && accessor.AssociatedSymbol is { } prop)
            return ComputeMemberName(prop);
        var type = member.ContainingType;
        if (type is not null && _ctx.IsJsonShape(type))
        {
            var json = member.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute");
            if (json?.ConstructorArguments.FirstOrDefault().Value is string jsonName) return jsonName;
            return CamelCase(member.Name);
        }
        if (ProgramContext.IsExternal(member) || ProgramContext.IsObjectLiteral(type))
            return CamelCase(member.Name);
        if (member is IMethodSymbol method) return MethodName(method);
        if (member is IPropertySymbol { ExplicitInterfaceImplementations: [var implemented, ..] }) return ComputeMemberName(implemented);
        if (member is IPropertySymbol { IsIndexer: true }) return "Item";
        if (member is IPropertySymbol { OverriddenProperty: { } overriddenProperty }) return ComputeMemberName(overriddenProperty);
        var plain = member.Name.StartsWith('<') ? "$" + new string(member.Name.Where(char.IsLetterOrDigit).ToArray()) : member.Name;
        return member is IPropertySymbol or IFieldSymbol && Hides(member) ? plain + "$" + TypeName(member.ContainingType) : plain;
    }

    /// <summary>A member declared <c>new</c> (hiding an inherited member of the same name, and for methods the same
    /// parameters) is a different member in C#: calls through a base-typed reference reach the base member, so the
    /// two must not share one JavaScript property.</summary>
    private bool Hides(ISymbol member)
    {
        if (member.IsImplicitlyDeclared || !_ctx.IsSource(member) || member.ContainingType is not { } type) return false;
        for (var b = type.BaseType; b is not null && _ctx.IsSource(b); b = b.BaseType)
            foreach (var other in b.GetMembers(member.Name))
            {
                if (other.IsStatic != member.IsStatic) continue;
                if (member is IMethodSymbol m)
                {
                    if (other is IMethodSymbol o && o.Parameters.Length == m.Parameters.Length
                        && o.Parameters.Zip(m.Parameters).All(p => SymbolEqualityComparer.Default.Equals(p.First.Type, p.Second.Type)))
                        return true;
                }
                else if (other is IPropertySymbol or IFieldSymbol) return true;
            }
        return false;
    }

    private string MethodName(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (method.ReducedFrom is { } reduced) method = reduced;
        while (method.OverriddenMethod is { } overridden) method = overridden.OriginalDefinition;
        if (_ctx.IsSource(method) && ComparerRole(method) is { } role) return role;
        if (method.ExplicitInterfaceImplementations.Length > 0) method = method.ExplicitInterfaceImplementations[0].OriginalDefinition;
        var name = method.MethodKind switch
        {
            MethodKind.UserDefinedOperator or MethodKind.Conversion => method.Name,
            _ => method.Name,
        };
        if (method.MethodKind == MethodKind.LocalFunction) return name;
        if (!_ctx.IsSource(method)) return name;
        if (method.MethodKind == MethodKind.Ordinary && Hides(method)) name += "$" + TypeName(method.ContainingType);
        var signatures = Signatures();
        if (!signatures.TryGetValue(name, out var list) || list.Count <= 1) return name;
        var counts = list.Where(s => s != "<library>").Select(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        var myCount = method.Parameters.Length;
        if (counts.Count(c => c == myCount) == 1) return name + "$" + myCount;
        var parts = method.Parameters.Select(p => RefPrefix(p) + Sanitize(p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        return name + "$" + string.Join("$", parts);
    }

    /// <summary>The runtime (dictionaries, sets, LINQ, sorting) calls a comparer's methods by fixed names: a method
    /// implementing <c>IEqualityComparer&lt;T&gt;.Equals</c>/<c>GetHashCode</c> is <c>$cmpEq</c>/<c>$cmpHash</c> (so it
    /// cannot replace <c>object.Equals</c>/<c>GetHashCode</c>), one implementing <c>IComparer&lt;T&gt;.Compare</c> is
    /// <c>Compare</c>, whatever else shares its C# name. Null for any other method.</summary>
    public static string? ComparerRole(IMethodSymbol method)
    {
        if (method.IsStatic || method.ContainingType is not { } type) return null;
        foreach (var (_, member, implementation) in ComparerImplementations(type))
            if (SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, method.OriginalDefinition))
                return RoleName(member);
        return null;
    }

    /// <summary>Each IEqualityComparer&lt;T&gt;/IComparer&lt;T&gt; method <paramref name="type"/> implements, with its implementation.</summary>
    public static IEnumerable<(INamedTypeSymbol Interface, IMethodSymbol Member, IMethodSymbol Implementation)> ComparerImplementations(INamedTypeSymbol type)
    {
        foreach (var iface in type.AllInterfaces)
        {
            var definition = Library.MemberKeys.TypeName(iface);
            if (definition is not ("System.Collections.Generic.IEqualityComparer`1" or "System.Collections.Generic.IComparer`1")) continue;
            foreach (var member in iface.GetMembers().OfType<IMethodSymbol>())
                if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation)
                    yield return (iface, member, implementation);
        }
    }

    public static string RoleName(IMethodSymbol interfaceMember) => interfaceMember.Name switch
    {
        "Equals" => "$cmpEq",
        "GetHashCode" => "$cmpHash",
        _ => interfaceMember.Name,
    };

    private static string Sanitize(string typeName)
    {
        typeName = typeName.Replace("[]", "Array").Replace("?", "OrNull");
        var chars = typeName.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray();
        return new string(chars).Trim('_');
    }

    /// <summary>M(int) and M(ref int) are different overloads, so the ref kind is part of the name.</summary>
    private static string RefPrefix(IParameterSymbol p) => p.RefKind switch
    {
        RefKind.Ref => "ref_",
        RefKind.Out => "out_",
        _ => "",
    };

    private static string Signature(IMethodSymbol m) =>
        string.Join(",", m.Parameters.Select(p => RefPrefix(p) + p.Type.ToDisplayString()));

    /// <summary>Distinct parameter signatures of every source method (root definitions), by C# name.</summary>
    private Dictionary<string, List<string>> Signatures()
    {
        if (_signaturesByName is not null) return _signaturesByName;
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in AllSourceTypes(_ctx.Compilation.Assembly.GlobalNamespace))
        foreach (var m in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (m.MethodKind is not (MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion) || m.IsImplicitlyDeclared) continue;
            if (ComparerRole(m) is { } role)
            {
                // Named by its role; other methods sharing the C# name Compare must then take suffixes.
                if (role == m.Name)
                {
                    if (!result.TryGetValue(m.Name, out var l)) result[m.Name] = l = [];
                    if (!l.Contains("<library>")) l.Add("<library>");
                }
                continue;
            }
            if (m.OverriddenMethod is not null || m.ExplicitInterfaceImplementations.Length > 0)
            {
                // An override of a library method (ToString, Equals, GetHashCode) keeps the plain name: other
                // methods of that name must then take suffixes.
                var root = m;
                while (root.OverriddenMethod is { } o) root = o;
                if (!_ctx.IsSource(root))
                {
                    if (!result.TryGetValue(m.Name, out var l)) result[m.Name] = l = [];
                    if (!l.Contains("<library>")) l.Add("<library>");
                }
                continue;
            }
            if (ProgramContext.IsExternal(m) || ProgramContext.AttributeString(m, "Name") is not null) continue;
            var sig = Signature(m);
            if (!result.TryGetValue(m.Name, out var list)) result[m.Name] = list = [];
            if (!list.Contains(sig)) list.Add(sig);
        }
        foreach (var list in result.Values) list.Sort(StringComparer.Ordinal);
        return _signaturesByName = result;
    }

    public static IEnumerable<INamedTypeSymbol> AllSourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
                foreach (var t in AllSourceTypes(child)) yield return t;
            else if (member is INamedTypeSymbol type)
                foreach (var t in WithNested(type)) yield return t;
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        if (type.Locations.Any(l => l.IsInSource)) yield return type;
        foreach (var nested in type.GetTypeMembers())
            foreach (var t in WithNested(nested)) yield return t;
    }
}
