using System.Collections.Generic;
using CSharpToJs.Js;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>Environment.NewLine: "\n", as .NET gives on Linux and macOS (the test and build hosts) and as a browser
/// text node breaks lines.</summary>
internal sealed class EnvironmentLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Environment"];

    protected override JsExpr? Get(string key, LibraryCall c) => key == "NewLine" ? Str("\n") : null;
}
