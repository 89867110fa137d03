using System.Linq;
using Kmesh.Model.Json;
using Kmesh.Plugin.Views.Shared;
using Xunit;

namespace Kmesh.Plugin.Tests.ViewModels;

public class SharedTests
{
    [Fact]
    public void ForbiddenListNamesTheMissingVerbResourceAndNamespace()
    {
        string text = ListErrors.Describe(403, "Forbidden - pods is forbidden: User \"dev\" cannot list resource \"pods\"", "pods", "kmesh-system");

        Assert.Equal("Your account may not list pods in namespace kmesh-system. Grant the verb \"list\" (and \"watch\") on resource \"pods\" in namespace kmesh-system.", text);
    }

    [Fact]
    public void MissingResourceTypeIsCalledNotInstalled()
    {
        Assert.Contains("not installed", ListErrors.Describe(404, "Not Found", "kmeshnodeinfos", "kmesh-system"));
        Assert.Equal("Listing gateways failed: Unreachable", ListErrors.Describe(502, "Unreachable", "gateways", null));
    }

    [Fact]
    public void AccessReviewAsksForTheExactSubresource()
    {
        string body = AccessReview.Body("create", "pods", "exec", "kmesh-system");

        var root = JsonParser.Parse(body).Value!.Root;
        var attributes = root.Get("spec")!.Get("resourceAttributes")!;
        Assert.Equal("create", attributes.Get("verb")!.String);
        Assert.Equal("exec", attributes.Get("subresource")!.String);
        Assert.Equal("kmesh-system", attributes.Get("namespace")!.String);
        Assert.Equal("SelfSubjectAccessReview", root.Get("kind")!.String);
    }

    [Fact]
    public void AccessReviewAnswerIsReadFromStatusAllowed()
    {
        Assert.False(AccessReview.Allowed("{\"status\":{\"allowed\":false,\"reason\":\"\"}}"));
        Assert.True(AccessReview.Allowed("{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":true}}"));
        Assert.Null(AccessReview.Allowed("{\"status\":{}}"));
        Assert.Null(AccessReview.Allowed("<html>"));
    }

    [Fact]
    public void JsonPrettyIndentsAndEscapes()
    {
        var value = JsonParser.Parse("{\"a\":[1,2.5,{}],\"b\":\"x\\\"<y>\\n\",\"c\":[],\"d\":null,\"e\":true}").Value!.Root;

        Assert.Equal("{\n  \"a\": [\n    1,\n    2.5,\n    {}\n  ],\n  \"b\": \"x\\\"<y>\\n\",\n  \"c\": [],\n  \"d\": null,\n  \"e\": true\n}",
            JsonPretty.Format(value));
    }

    [Fact]
    public void JsonPrettyWritesAllowedNestingAndSaysWhenItIsDeeper()
    {
        static string Nested(int levels) => new string('[', levels) + new string(']', levels);

        string allowed = JsonPretty.Format(JsonParser.Parse(Nested(256)).Value!.Root);
        Assert.StartsWith("[\n  [\n    [", allowed);
        Assert.Equal(256 * 2, allowed.Count(c => c == '[' || c == ']'));
        Assert.Equal("nesting is deeper than 256 levels", JsonPretty.Format(JsonParser.Parse(Nested(257)).Value!.Root));
        Assert.Equal("nesting is deeper than 256 levels", JsonPretty.Format(JsonParser.Parse("{\"a\":1,\"b\":" + Nested(300) + "}").Value!.Root));
    }
}
