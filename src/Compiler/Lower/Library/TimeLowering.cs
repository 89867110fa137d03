using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>DateTime (whole milliseconds since 1970 in UTC fields, plus Kind) and TimeSpan (ticks) as the runtime
/// classes <c>$DateTime</c>/<c>$TimeSpan</c>: construction, ISO parsing, arithmetic, comparison, invariant text.
/// Local time is treated as UTC (the tests and Headlamp code compare UTC timestamps).</summary>
internal sealed class TimeLowering : LibraryLoweringBase
{
    private const string DateTime = "System.DateTime";
    private const string TimeSpan = "System.TimeSpan";

    protected override IReadOnlyCollection<string> Types { get; } = [DateTime, TimeSpan, "System.DayOfWeek", "System.DateTimeKind"];

    private static readonly Dictionary<string, string[]> EnumNames = new()
    {
        ["DayOfWeek"] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        ["DateTimeKind"] = ["Unspecified", "Utc", "Local"],
    };

    private static readonly Dictionary<string, double> TicksPer = new()
    {
        ["FromDays"] = 864000000000, ["FromHours"] = 36000000000, ["FromMinutes"] = 600000000,
        ["FromSeconds"] = 10000000, ["FromMilliseconds"] = 10000, ["FromTicks"] = 1,
    };

    private static readonly HashSet<string> SpanProperties =
    [
        "Ticks", "Days", "Hours", "Minutes", "Seconds", "Milliseconds", "TotalDays", "TotalHours", "TotalMinutes",
        "TotalSeconds", "TotalMilliseconds",
    ];

    private static readonly HashSet<string> DateProperties =
        ["Year", "Month", "Day", "Hour", "Minute", "Second", "Millisecond", "DayOfWeek", "DayOfYear", "Kind", "Ticks", "Date", "TimeOfDay"];

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        EnumNames.TryGetValue(type.Name, out var names)
            ? (format is null ? new JsIndex(new JsArray([.. System.Linq.Enumerable.Select(names, n => (JsExpr?)Str(n))]), value) : null)
            : format is null || MemberKeys.TypeName((INamedTypeSymbol)type) == TimeSpan
            ? (format is null or "c" ? LibraryCall.CallOn(value, "ToString") : null)
            : Js.Call(context.Helper("$dateFormat"), value, Str(format));

    protected override JsExpr? Get(string key, LibraryCall c)
    {
        var isDate = MemberKeys.TypeName(c.ContainingType) == DateTime;
        if (c.Receiver is null)
        {
            return key switch
            {
                "UtcNow" when isDate => Js.New(c.Helper("$DateTime"), Js.Call(Js.Dot(Js.Id("Date"), "now")), Num(1)),
                "Now" when isDate => Js.New(c.Helper("$DateTime"), Js.Call(Js.Dot(Js.Id("Date"), "now")), Num(2)),
                "Today" when isDate => LibraryCall.Prop(Js.New(c.Helper("$DateTime"), Js.Call(Js.Dot(Js.Id("Date"), "now")), Num(2)), "Date"),
                "MinValue" when isDate => Js.New(c.Helper("$DateTime"), Num(-62135596800000)),
                "MaxValue" when isDate => Js.New(c.Helper("$DateTime"), Num(253402300799999)),
                "UnixEpoch" when isDate => Js.New(c.Helper("$DateTime"), Num(0), Num(1)),
                "Zero" when !isDate => Js.New(c.Helper("$TimeSpan"), Num(0)),
                _ => null,
            };
        }
        return (isDate ? DateProperties : SpanProperties).Contains(key) ? LibraryCall.Prop(c.This, key) : null;
    }

    protected override JsExpr? Create(string key, LibraryCall c)
    {
        if (MemberKeys.TypeName(c.ContainingType) == TimeSpan)
        {
            return key switch
            {
                ".ctor(long)" => Js.New(c.Helper("$TimeSpan"), c[0]),
                ".ctor(int,int,int)" => Js.Call(Js.Dot(c.Helper("$TimeSpan"), "parts"), Num(0), c[0], c[1], c[2]),
                ".ctor(int,int,int,int)" => Js.Call(Js.Dot(c.Helper("$TimeSpan"), "parts"), c[0], c[1], c[2], c[3]),
                ".ctor(int,int,int,int,int)" => Js.Call(Js.Dot(c.Helper("$TimeSpan"), "parts"), c[0], c[1], c[2], c[3], c[4]),
                _ => null,
            };
        }
        var of = Js.Dot(c.Helper("$DateTime"), "of");
        return key switch
        {
            ".ctor(int,int,int)" => Js.Call(of, c[0], c[1], c[2]),
            ".ctor(int,int,int,int,int,int)" => Js.Call(of, c[0], c[1], c[2], c[3], c[4], c[5]),
            ".ctor(int,int,int,int,int,int,DateTimeKind)" => Js.Call(of, c[0], c[1], c[2], c[3], c[4], c[5], Num(0), c[6]),
            ".ctor(int,int,int,int,int,int,int)" => Js.Call(of, c[0], c[1], c[2], c[3], c[4], c[5], c[6]),
            ".ctor(int,int,int,int,int,int,int,DateTimeKind)" => Js.Call(of, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]),
            _ => null,
        };
    }

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        if (EnumNames.ContainsKey(c.ContainingType.Name)) return null;
        var isDate = MemberKeys.TypeName(c.ContainingType) == DateTime;
        var name = c.Member.Name;
        if (!isDate)
        {
            if (TicksPer.TryGetValue(name, out var ticks) && c.Args.Count == 1)
                return name == "FromTicks" ? Js.New(c.Helper("$TimeSpan"), c[0]) : Js.Call(Js.Dot(c.Helper("$TimeSpan"), "from"), c[0], Num(ticks));
            return key switch
            {
                "Add(TimeSpan)" or "Subtract(TimeSpan)" or "CompareTo(TimeSpan)" or "Equals(TimeSpan)" => LibraryCall.CallOn(c.This, name, c[0]),
                "Negate()" or "Duration()" or "ToString()" => LibraryCall.CallOn(c.This, name),
                "ToString(string)" when c.ArgConstant(0) is "c" => LibraryCall.CallOn(c.This, "ToString"),
                "Compare(TimeSpan,TimeSpan)" => LibraryCall.CallOn(c[0], "CompareTo", c[1]),
                _ => null,
            };
        }
        switch (key)
        {
            case "AddDays(double)":
            case "AddHours(double)":
            case "AddMinutes(double)":
            case "AddSeconds(double)":
            case "AddMilliseconds(double)":
            case "AddTicks(long)":
            case "AddMonths(int)":
            case "AddYears(int)":
            case "Add(TimeSpan)":
            case "Subtract(DateTime)":
            case "Subtract(TimeSpan)":
            case "CompareTo(DateTime)":
            case "Equals(DateTime)":
                return LibraryCall.CallOn(c.This, name, c[0]);
            case "ToUniversalTime()":
            case "ToLocalTime()":
            case "ToString()":
                return LibraryCall.CallOn(c.This, name);
            case "ToString(string)": return c.Call("$dateFormat", c.This, c[0]);
            case "ToString(string,IFormatProvider)": return Culture.IsInvariant(c, 1) ? c.Call("$dateFormat", c.This, c[0]) : null;
            case "Parse(string)": return c.Call("$dateParse", c[0], Bool(false), Num(2));
            case "Parse(string,IFormatProvider)": return Culture.IsInvariant(c, 1) ? c.Call("$dateParse", c[0], Bool(false), Num(2)) : null;
            case "TryParse(string,DateTime)": return OutResult.Assign(c, c.Call("$dateParse", c[0], Bool(true), Num(2)), c[1], Js.New(c.Helper("$DateTime"), Num(-62135596800000)));
            case "SpecifyKind(DateTime,DateTimeKind)": return Js.New(c.Helper("$DateTime"), LibraryCall.Prop(c[0], "$ms"), c[1]);
            case "Compare(DateTime,DateTime)": return LibraryCall.CallOn(c[0], "CompareTo", c[1]);
        }
        return null;
    }

    protected override JsExpr? Operator(IBinaryOperation operation, JsExpr left, JsExpr right, ILoweringContext context)
    {
        var name = operation.OperatorMethod!.Name;
        var field = MemberKeys.TypeName(operation.OperatorMethod.ContainingType) == DateTime ? "$ms" : "$ticks";
        var compare = name switch
        {
            "op_Equality" => "===",
            "op_Inequality" => "!==",
            "op_LessThan" => "<",
            "op_GreaterThan" => ">",
            "op_LessThanOrEqual" => "<=",
            "op_GreaterThanOrEqual" => ">=",
            _ => null,
        };
        if (compare is not null)
        {
            if (operation.IsLifted || JsBuild.IsNullableValue(operation.LeftOperand.Type, out _) || JsBuild.IsNullableValue(operation.RightOperand.Type, out _))
                return Js.Call(context.Helper("$timeCompare"), left, right, Str(compare switch { "===" => "==", "!==" => "!=", _ => compare }));
            return Js.Bin(compare, LibraryCall.Prop(left, field), LibraryCall.Prop(right, field));
        }
        return name switch
        {
            "op_Subtraction" => LibraryCall.CallOn(left, "Subtract", right),
            "op_Addition" => LibraryCall.CallOn(left, "Add", right),
            _ => null,
        };
    }
}
