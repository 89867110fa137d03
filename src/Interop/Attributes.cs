using System;

namespace CSharpToJs.Interop;

/// <summary>Declared in C#, provided by JavaScript at run time: the compiler never emits it.
/// Members of an external type are named in camelCase in JavaScript unless [Name] says otherwise.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum |
                AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Constructor |
                AttributeTargets.Event | AttributeTargets.Delegate)]
public sealed class ExternalAttribute : Attribute { }

/// <summary>The JavaScript name of a type or member.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class NameAttribute : Attribute
{
    public NameAttribute(string name) => Name = name;
    public string Name { get; }
}

/// <summary>JavaScript text that replaces a call or property read: <c>{this}</c> is the receiver,
/// <c>{name}</c> a parameter, <c>{*name}</c> a params array spread as arguments. Validated at compile time.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor)]
public sealed class TemplateAttribute : Attribute
{
    public TemplateAttribute(string template) => Template = template;
    public string Template { get; }
}

/// <summary>A class whose instances are plain JavaScript objects: <c>new T { A = 1 }</c> becomes <c>{a: 1}</c>,
/// and only the properties actually assigned are present, so React and MUI can tell absent from undefined.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ObjectLiteralAttribute : Attribute { }

/// <summary>A static class or external type bound to a global JavaScript path, e.g. "pluginLib.CommonComponents".</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
public sealed class JsGlobalAttribute : Attribute
{
    public JsGlobalAttribute(string path) => Path = path;
    public string Path { get; }
}

/// <summary>A type that is a view over plain JSON: properties are read and written through their
/// [JsonPropertyName] names, IList&lt;T&gt; is an array, IDictionary&lt;string,T&gt; a plain object and DateTime an ISO string.
/// KubernetesClient's k8s.Models types are JSON shapes without this attribute.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class JsonShapeAttribute : Attribute { }
