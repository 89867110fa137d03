using System.Collections.Generic;
using System.Globalization;
using CSharpToJs.Interop;
using Stj = System.Text.Json;

namespace Kmesh.Model.Json;

public enum JsonKind { Null, Bool, Number, String, Array, Object }

/// <summary>One parsed JSON value, straight from the platform's parser. Compiled to JavaScript it *is* the plain value
/// <c>JSON.parse</c> returned (object, array, string, number, boolean or <c>null</c>): every member below is a template
/// over it, so reading a dump builds no second tree. Natively it wraps a System.Text.Json element and behaves as the
/// JavaScript value does: duplicate names keep the last value, names are in JavaScript's key order (integer-like
/// names first, ascending), numbers are doubles.</summary>
[External]
public sealed class JsonValue
{
    private readonly Stj.JsonElement element;
    private List<JsonValue>? items;
    private List<string>? names;
    private Dictionary<string, JsonValue>? members;

    private JsonValue(Stj.JsonElement element) => this.element = element;

    /// <summary>Parses with the platform (throws on invalid JSON). Nesting depth is not limited on either side (JavaScript's
    /// parser has no limit, so natively none is set either): the typed readers descend only as deep as their shapes, and
    /// the few generic walks check <see cref="JsonLimits.MaxDepth"/> themselves.</summary>
    [Template("JSON.parse({text})")]
    public static JsonValue Parse(string text)
    {
        var document = Stj.JsonDocument.Parse(text, new Stj.JsonDocumentOptions { MaxDepth = int.MaxValue });
        return new JsonValue(document.RootElement);
    }

    [Template("({this} === null ? 0 : typeof {this} === \"object\" ? (Array.isArray({this}) ? 4 : 5) : typeof {this} === \"string\" ? 3 : typeof {this} === \"number\" ? 2 : 1)")]
    public JsonKind Kind => element.ValueKind switch
    {
        Stj.JsonValueKind.Null => JsonKind.Null,
        Stj.JsonValueKind.True or Stj.JsonValueKind.False => JsonKind.Bool,
        Stj.JsonValueKind.Number => JsonKind.Number,
        Stj.JsonValueKind.String => JsonKind.String,
        Stj.JsonValueKind.Array => JsonKind.Array,
        _ => JsonKind.Object,
    };

    [Template("({this} === true)")]
    public bool Bool => element.ValueKind == Stj.JsonValueKind.True;

    /// <summary>The number as a double (beyond the double range: ±Infinity, as in JavaScript); 0 for other kinds.</summary>
    [Template("(typeof {this} === \"number\" ? {this} : 0)")]
    public double Number => element.ValueKind == Stj.JsonValueKind.Number ? double.Parse(element.GetRawText(), CultureInfo.InvariantCulture) : 0;

    /// <summary>The string value, or "" for other kinds.</summary>
    [Template("(typeof {this} === \"string\" ? {this} : \"\")")]
    public string String => element.ValueKind == Stj.JsonValueKind.String ? element.GetString()! : "";

    /// <summary>For display: an integer a double holds exactly as its digits; other numbers as the platform writes them
    /// (JavaScript's shortest form; natively the text as written). Error messages quote the text itself
    /// (<see cref="ShapeReader.Raw"/>).</summary>
    [Template("String({this})")]
    public string NumberText => IsSafeInteger ? IntegerText(Number) : element.GetRawText();

    /// <summary>True when the number is an integer a double holds exactly (|n| ≤ 2^53).</summary>
    [Template("(typeof {this} === \"number\" && Number.isInteger({this}) && Math.abs({this}) <= 9007199254740992)")]
    public bool IsSafeInteger => Kind == JsonKind.Number && Number == System.Math.Floor(Number)
        && Number <= 9007199254740992.0 && Number >= -9007199254740992.0;

    [Template("(Array.isArray({this}) ? {this}.length : {this} !== null && typeof {this} === \"object\" ? Object.keys({this}).length : 0)")]
    public int Count => Kind == JsonKind.Array ? Items.Count : Names.Count;

    [Template("(Array.isArray({this}) ? {this} : [])")]
    public IReadOnlyList<JsonValue> Items
    {
        get
        {
            if (items is null)
            {
                items = new List<JsonValue>();
                if (element.ValueKind == Stj.JsonValueKind.Array)
                {
                    foreach (Stj.JsonElement item in element.EnumerateArray()) items.Add(new JsonValue(item));
                }
            }
            return items;
        }
    }

    /// <summary>Items that are all strings, as a list of those strings. Compiled, the array itself: no copy, so it is
    /// read-only to every holder (the record that keeps it and a row's raw JSON).</summary>
    [Template("{items}")]
    public static IReadOnlyList<string> StringsOf(IReadOnlyList<JsonValue> items)
    {
        var strings = new List<string>(items.Count);
        foreach (JsonValue item in items) strings.Add(item.String);
        return strings;
    }

    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) ? Object.keys({this}) : [])")]
    public IReadOnlyList<string> Names
    {
        get
        {
            ReadMembers();
            return names!;
        }
    }

    [Template("Object.keys({this})[{index}]")]
    public string NameAt(int index) => Names[index];

    [Template("(Array.isArray({this}) ? {this}[{index}] : {this}[Object.keys({this})[{index}]])")]
    public JsonValue ValueAt(int index) => Kind == JsonKind.Array ? Items[index] : Field(Names[index]);

    [Template("({this} === null)")]
    public bool IsNull => element.ValueKind == Stj.JsonValueKind.Null;

    /// <summary>True when the object has a member of exactly this name.</summary>
    [Template("Object.hasOwn({this}, {name})")]
    public bool Has(string name)
    {
        ReadMembers();
        return members!.ContainsKey(name);
    }

    /// <summary>The member of exactly this name (the object must have it).</summary>
    [Template("{this}[{name}]")]
    public JsonValue Field(string name)
    {
        ReadMembers();
        return members![name];
    }

    /// <summary>The member's string when this is an object with a member of exactly this name holding a string, else null
    /// (then <see cref="ShapeReader"/> decides: missing, JSON null, another case, wrong type). For the dump readers' hot
    /// fields: compiled, the lookup sits at the caller, so each call site's property access stays monomorphic, where one
    /// shared lookup sees every name and shape. The value is JSON.parse output, an object whose prototype is
    /// <c>Object.prototype</c>, so a value found under a name <c>Object.prototype</c> lacks is the object's own: the own
    /// check (a call, the costliest part) runs only for names such as <c>constructor</c> or <c>__proto__</c>, and the
    /// <c>in</c> test on the fixed prototype folds to a constant in optimised code.</summary>
    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) && typeof {this}[{name}] === \"string\" && (!({name} in Object.prototype) || Object.hasOwn({this}, {name})) ? {this}[{name}] : null)")]
    public string? OwnString(string name) => Kind == JsonKind.Object && Has(name) && Field(name).Kind == JsonKind.String ? Field(name).String : null;

    /// <summary><see cref="OwnString"/>, or "" when this is an object that <see cref="Lacks"/> the member: what
    /// <see cref="ShapeReader.String"/> reads, but for a wrong type or a member of another case (then null, and the
    /// shared reader decides).</summary>
    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) ? (typeof {this}[{name}] === \"string\" && (!({name} in Object.prototype) || Object.hasOwn({this}, {name})) ? {this}[{name}] : {this}[{name}] === undefined && JsonMembers.noneIgnoringCase({this}, {name}) ? \"\" : null) : null)")]
    public string? OwnStringOrEmpty(string name) => OwnString(name) ?? (Lacks(name) ? "" : null);

    /// <summary>True when this is an object without a member of exactly this name and whose last member of the name in
    /// another ASCII case, if any, holds null: the member <see cref="ShapeReader"/> reads as missing. For the dump
    /// readers' optional fields, so that a missing one costs a scan of the keys and nothing more. Compiled, a value read
    /// as <c>undefined</c> is no member at all (JSON has no <c>undefined</c>), so no own check is needed.</summary>
    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) && {this}[{name}] === undefined && JsonMembers.noneIgnoringCase({this}, {name}))")]
    public bool Lacks(string name) => Kind == JsonKind.Object && !Has(name) && JsonMembers.NoneIgnoringCase(this, name);

    /// <summary>The member's value when this is an object with a member of exactly this name holding a 32-bit integer,
    /// else null (the hot-field lookup of <see cref="OwnString"/>).</summary>
    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) && typeof {this}[{name}] === \"number\" && ({this}[{name}] | 0) === {this}[{name}] && (!({name} in Object.prototype) || Object.hasOwn({this}, {name})) ? {this}[{name}] | 0 : null)")]
    public int? OwnInt32(string name) => Kind == JsonKind.Object && Has(name) && ShapeReader.IsInt32(Field(name)) ? (int)Field(name).Number : null;

    /// <summary>The member's items when this is an object with a member of exactly this name holding an array, else null
    /// (the hot-field lookup of <see cref="OwnString"/>).</summary>
    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) && Array.isArray({this}[{name}]) && (!({name} in Object.prototype) || Object.hasOwn({this}, {name})) ? {this}[{name}] : null)")]
    public IReadOnlyList<JsonValue>? OwnArray(string name) => Kind == JsonKind.Object && Has(name) && Field(name).Kind == JsonKind.Array ? Field(name).Items : null;

    /// <summary>The member when this is an object with a member of exactly this name holding an object, else null (the
    /// hot-field lookup of <see cref="OwnString"/>).</summary>
    [Template("({this} !== null && typeof {this} === \"object\" && !Array.isArray({this}) && typeof {this}[{name}] === \"object\" && {this}[{name}] !== null && !Array.isArray({this}[{name}]) && (!({name} in Object.prototype) || Object.hasOwn({this}, {name})) ? {this}[{name}] : null)")]
    public JsonValue? OwnObject(string name) => Kind == JsonKind.Object && Has(name) && Field(name).Kind == JsonKind.Object ? Field(name) : null;

    /// <summary>Member by name: exact match first (the last one wins, as in Go and JavaScript), then an
    /// ASCII case-insensitive match so v1.0.0's capitalised keys (<c>Workloads</c>) are accepted.</summary>
    [Template("JsonMembers.find({this}, {name})")]
    public JsonValue? Get(string name) => JsonMembers.Find(this, name);

    /// <summary>The last member (in key order) whose name equals <paramref name="name"/> ignoring ASCII case, or null.
    /// Compiled, a <c>for…in</c> over the object's own keys, so a missing member (the common case) allocates nothing: the
    /// scanning function is created on first use and kept on <c>JsonMembers</c> (an arrow written inline would be a new
    /// closure per call, a megabyte of garbage per BPF dump).</summary>
    [Template("(JsonMembers.lastIgnoringCase ??= (o, n) => { let hit = null; for (const k in o) if (k.length === n.length && JsonMembers.asciiEqualsIgnoreCase(k, n)) hit = k; return hit === null ? null : o[hit]; })({this}, {name})")]
    public JsonValue? LastMemberIgnoringCase(string name)
    {
        IReadOnlyList<string> all = Names;
        for (int i = all.Count - 1; i >= 0; i--)
        {
            if (AsciiEqualsIgnoreCase(all[i], name)) return Field(all[i]);
        }
        return null;
    }

    [Template("JsonMembers.asciiEqualsIgnoreCase({a}, {b})")]
    public static bool AsciiEqualsIgnoreCase(string a, string b) => JsonMembers.AsciiEqualsIgnoreCase(a, b);

    /// <summary>Digits of an integral double without culture or exponent notation.</summary>
    [Template("JsonMembers.integerText({value})")]
    public static string IntegerText(double value) => JsonMembers.IntegerText(value);

    private void ReadMembers()
    {
        if (members is not null) return;
        members = new Dictionary<string, JsonValue>();
        var indexNames = new List<string>();
        var otherNames = new List<string>();
        if (element.ValueKind == Stj.JsonValueKind.Object)
        {
            foreach (Stj.JsonProperty property in element.EnumerateObject())
            {
                if (!members.ContainsKey(property.Name)) (IsArrayIndex(property.Name) ? indexNames : otherNames).Add(property.Name);
                members[property.Name] = new JsonValue(property.Value);
            }
        }
        indexNames.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        indexNames.AddRange(otherNames);
        names = indexNames;
    }

    /// <summary>JavaScript lists these names first, in numeric order: canonical decimals below 2^32 - 1.</summary>
    private static bool IsArrayIndex(string name)
    {
        if (name.Length == 0 || name.Length > 10 || (name.Length > 1 && name[0] == '0')) return false;
        foreach (char c in name)
        {
            if (c < '0' || c > '9') return false;
        }
        return ulong.Parse(name, CultureInfo.InvariantCulture) < 4294967295UL;
    }
}
