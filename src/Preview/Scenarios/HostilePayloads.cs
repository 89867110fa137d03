using System.Collections.Generic;

namespace Kmesh.Preview.Scenarios;

/// <summary>
/// Strings that must reach the user as literal text: markup and script that would run if a view injected HTML or
/// followed a URL, template syntax, direction overrides and invisible characters, and text far longer than a cell.
/// </summary>
public static class HostilePayloads
{
    public const string ImageOnError = "<img src=x onerror=alert(1)>";
    public const string Script = "<script>alert(2)</script>";
    public const string JavascriptUrl = "javascript:alert(3)";
    public const string Template = "{{7*7}} ${7*7} #{7*7}";
    /// <summary>A right-to-left override that would make "kmesh.exe" read backwards, closed again by a pop.</summary>
    public const string RightToLeft = "\u202Eexe.hsemk\u202C مرحبا";
    public const string ZeroWidth = "kmesh\u200B-\u200Cworker\u200D\uFEFF";

    /// <summary>A 4,000-character message with a marker at its end, so a view that cuts it can be told from one that drops it.</summary>
    public static string Long { get; } = new string('W', 3990) + "-long-end";

    public static IReadOnlyList<string> All { get; } = new[] { ImageOnError, Script, JavascriptUrl, Template, RightToLeft, ZeroWidth, Long };

    /// <summary>The ones a browser could act on if rendered as markup (the others only look wrong).</summary>
    public static IReadOnlyList<string> Markup { get; } = new[] { ImageOnError, Script, JavascriptUrl, Template };
}
