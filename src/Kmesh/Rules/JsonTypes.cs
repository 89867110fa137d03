using System.Collections.Generic;
using CSharpToJs.Interop;

namespace Kmesh.Model.Rules;

/// <summary>Type checks for members of JSON-shape objects (Kubernetes objects from the API server). In the compiled
/// plugin these objects are <c>JSON.parse</c> output, so a member declared as a list may hold a string and a label
/// value a number; natively the typed deserializer rejects such documents, so each check is true for any non-null
/// value. Rules read through these checks so a wrong type is reported, never reinterpreted (a string iterated as a
/// list, a missing number taken for 0).</summary>
public static class JsonTypes
{
    [Template("(typeof {value} === 'string')")]
    public static bool IsText(string? value) => value is not null;

    [Template("Array.isArray({value})")]
    public static bool IsList<T>(IList<T>? value) => value is not null;

    [Template("({value} !== null && typeof {value} === 'object' && !Array.isArray({value}))")]
    public static bool IsMap<T>(IDictionary<string, T>? value) => value is not null;

    /// <summary>A JSON number (an absent member is not one).</summary>
    [Template("(typeof {value} === 'number')")]
    public static bool IsNumber(int value) => true;

    [Template("(typeof {value} === 'number')")]
    public static bool IsNumber(int? value) => value is not null;

    [Template("(typeof {value} === 'boolean')")]
    public static bool IsBool(bool? value) => value is not null;

    /// <summary>The JSON type's name for messages ("a string", "an object"…).</summary>
    [Template("(Array.isArray({value}) ? 'a list' : {value} === null || {value} === undefined ? 'nothing' : typeof {value} === 'object' ? 'an object' : 'a ' + typeof {value})")]
    public static string TypeName(object? value) => value is null ? "nothing" : value is string ? "a string" : "an object";
}
