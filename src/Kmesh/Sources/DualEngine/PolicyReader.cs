using System.Collections.Generic;
using Kmesh.Model.Json;
using Kmesh.Model.Text;

namespace Kmesh.Model.Sources.DualEngine;

/// <summary>Authorization policies: the rules are raw protobuf Go structs, so their keys are snake_case,
/// string matches are <c>{"MatchType":{"Exact":"x"}}</c> and addresses are base64 bytes.</summary>
public static class PolicyReader
{
    public static AuthorizationPolicy ReadPolicy(ShapeReader reader, JsonValue item, JsonPath path)
    {
        reader.RequireObject(item, path);
        var rules = new List<PolicyRule>();
        IReadOnlyList<JsonValue> ruleItems = reader.Array(item, "rules", path);
        JsonPath rulesPath = path.Field("rules");
        for (int r = 0; r < ruleItems.Count; r++)
        {
            if (ruleItems[r].IsNull) continue;
            JsonPath rulePath = rulesPath.Item(r);
            reader.RequireObject(ruleItems[r], rulePath);
            var clauses = new List<PolicyClause>();
            IReadOnlyList<JsonValue> clauseItems = reader.Array(ruleItems[r], "clauses", rulePath);
            for (int c = 0; c < clauseItems.Count; c++)
            {
                if (clauseItems[c].IsNull) continue;
                clauses.Add(ReadClause(reader, clauseItems[c], rulePath.Field("clauses").Item(c)));
            }
            rules.Add(new PolicyRule(clauses));
        }
        return new AuthorizationPolicy(
            reader.String(item, "name", path),
            reader.String(item, "namespace", path),
            reader.EnumName(item, "scope", path),
            reader.EnumName(item, "action", path),
            rules);
    }

    private static PolicyClause ReadClause(ShapeReader reader, JsonValue clause, JsonPath path)
    {
        reader.RequireObject(clause, path);
        var matches = new List<PolicyMatch>();
        IReadOnlyList<JsonValue> matchItems = reader.Array(clause, "matches", path);
        for (int m = 0; m < matchItems.Count; m++)
        {
            if (matchItems[m].IsNull) continue;
            matches.Add(ReadMatch(reader, matchItems[m], path.Field("matches").Item(m)));
        }
        return new PolicyClause(matches);
    }

    private static PolicyMatch ReadMatch(ShapeReader reader, JsonValue match, JsonPath path)
    {
        reader.RequireObject(match, path);
        var conditions = new List<MatchCondition>();
        for (int i = 0; i < match.Count; i++)
        {
            string name = match.NameAt(i);
            JsonValue value = match.ValueAt(i);
            if (value.IsNull) continue;
            JsonPath fieldPath = path.Field(name);
            IReadOnlyList<JsonValue> items = reader.RequireArray(value, fieldPath);
            var values = new List<MatchValue>();
            for (int k = 0; k < items.Count; k++)
            {
                if (items[k].IsNull) continue;
                values.Add(ReadValue(reader, items[k], fieldPath.Item(k)));
            }
            (string field, bool negated) = SplitNegation(name);
            conditions.Add(new MatchCondition(field, negated, values));
        }
        return new PolicyMatch(conditions);
    }

    /// <summary><c>not_namespaces</c> (or camelCase <c>notNamespaces</c>) → ("namespaces", true).</summary>
    public static (string Field, bool Negated) SplitNegation(string name)
    {
        if (name.StartsWith("not_", System.StringComparison.Ordinal)) return (name.Substring(4), true);
        if (name.Length > 3 && name.StartsWith("not", System.StringComparison.Ordinal) && name[3] >= 'A' && name[3] <= 'Z')
        {
            return (name.Substring(3, 1).ToLowerInvariant() + name.Substring(4), true);
        }
        return (name, false);
    }

    private static MatchValue ReadValue(ShapeReader reader, JsonValue value, JsonPath path)
    {
        if (value.Kind == JsonKind.Number) return new MatchValue(MatchValueKind.Port, Json.JsonValue.IntegerText(reader.IntValue(value, path)));
        if (value.Kind == JsonKind.String) return new MatchValue(MatchValueKind.Other, value.String);
        reader.RequireObject(value, path);
        JsonValue? matchType = reader.Object(value, "MatchType", path);
        if (matchType is not null) return ReadStringMatch(reader, matchType, path.Field("MatchType"));
        JsonValue? address = ShapeReader.Member(value, "address");
        if (address is not null) return ReadAddress(reader, value, path);
        if (value.Count == 1)
        {
            // A oneof written without the MatchType wrapper: {"Exact":"x"}.
            return ReadStringMatch(reader, value, path);
        }
        throw reader.Error(value, path, ParseErrorKind.InvalidValue, Say.T("expected a string match, an address or a port"));
    }

    private static MatchValue ReadStringMatch(ShapeReader reader, JsonValue matchType, JsonPath path)
    {
        if (matchType.Count == 0) return new MatchValue(MatchValueKind.Presence, "");
        string kindName = matchType.NameAt(0);
        JsonPath valuePath = path.Field(kindName);
        MatchValueKind kind;
        if (JsonValue.AsciiEqualsIgnoreCase(kindName, "Exact")) kind = MatchValueKind.Exact;
        else if (JsonValue.AsciiEqualsIgnoreCase(kindName, "Prefix")) kind = MatchValueKind.Prefix;
        else if (JsonValue.AsciiEqualsIgnoreCase(kindName, "Suffix")) kind = MatchValueKind.Suffix;
        else if (JsonValue.AsciiEqualsIgnoreCase(kindName, "Presence")) return new MatchValue(MatchValueKind.Presence, "");
        else throw reader.Error(matchType, path, ParseErrorKind.InvalidValue, Say.T("unknown string match \"{{kindName}}\"", "kindName", kindName));
        return new MatchValue(kind, reader.StringItem(matchType.ValueAt(0), valuePath));
    }

    private static MatchValue ReadAddress(ShapeReader reader, JsonValue value, JsonPath path)
    {
        string encoded = reader.String(value, "address", path);
        int length = reader.Int(value, "length", path);
        List<int>? bytes = Addresses.DecodeBase64(encoded);
        string? ip = bytes is null ? null : Addresses.IpFromBytes(bytes);
        if (ip is null)
        {
            JsonValue at = ShapeReader.Member(value, "address") ?? value;
            throw reader.Error(at, path.Field("address"), ParseErrorKind.InvalidValue, Say.T("\"{{encoded}}\" is not a base64 IPv4 or IPv6 address", "encoded", encoded));
        }
        int maxLength = bytes!.Count * 8;
        if (length < 0 || length > maxLength)
        {
            JsonValue at = ShapeReader.Member(value, "length") ?? value;
            throw reader.Error(at, path.Field("length"), ParseErrorKind.OutOfRange, Say.T("prefix length {{length}} does not fit a {{maxLength}}-bit address", "length", length, "maxLength", maxLength));
        }
        return new MatchValue(MatchValueKind.Address, $"{ip}/{length}");
    }
}
