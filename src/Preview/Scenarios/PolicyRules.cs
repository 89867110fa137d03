namespace Kmesh.Preview.Scenarios;

/// <summary>
/// Authorization rules as istiod sends them and the daemon dumps them: raw protobuf Go structs, so snake_case keys,
/// <c>MatchType/Exact</c> string matches and base64 addresses.
/// </summary>
internal static class PolicyRules
{
    // not_source_ips 10.244.0.0/16 (CvQAAA== is 0x0A 0xF4 0x00 0x00).
    public const string DenyOtherNamespaces =
        """[{"clauses":[{"matches":[{"not_namespaces":[{"MatchType":{"Exact":"default"}},{"MatchType":{"Exact":"istio-system"}}]}]},{"matches":[{"not_source_ips":[{"address":"CvQAAA==","length":16}]}]}]}]""";

    public const string ReviewsViewer =
        """[{"clauses":[{"matches":[{"principals":[{"MatchType":{"Exact":"cluster.local/ns/default/sa/bookinfo-productpage"}}]}]},{"matches":[{"destination_ports":[9080]}]}]}]""";

    public static string AllowSameNamespace(string ns) =>
        """[{"clauses":[{"matches":[{"namespaces":[{"MatchType":{"Exact":""" + "\"" + ns + "\"" + """}}]}]}]}]""";
}
