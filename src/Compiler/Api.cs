using System.Collections.Generic;

namespace CSharpToJs;

/// <summary>What the compiled JavaScript is: a Headlamp plugin bundle (top-level registrations run on load)
/// or a console program whose static <c>Main</c> is called at the end (used by the differential tests).</summary>
public enum OutputKind { Plugin, ConsoleProgram }

public sealed record SourceFile(string Path, string Text);

public sealed class CompileRequest
{
    /// <summary>The C# sources translated to JavaScript.</summary>
    public required IReadOnlyList<SourceFile> Sources { get; init; }

    /// <summary>Assemblies the sources reference (interop, bindings, KubernetesClient); the SDK's reference
    /// assemblies are added by the compiler itself.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public OutputKind Kind { get; init; } = OutputKind.Plugin;
    public bool Minify { get; init; }
    public bool SourceMap { get; init; }

    /// <summary>Shorten the property names of the program's own members (see <c>Rename/MemberRenaming</c>) and print
    /// members of declared enums as their values; names
    /// JavaScript, JSON or interop can see are kept.</summary>
    public bool RenameMembers { get; init; }
}

public enum Severity { Warning, Error }

/// <summary>One finding, printed in MSBuild form: <c>path(line,col): error KJS0401: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public override string ToString() =>
        $"{Path}({Line},{Column}): {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}

public sealed record CompileResult(string? JavaScript, IReadOnlyList<Diagnostic> Diagnostics, CompileStats Stats)
{
    public bool Success => JavaScript is not null;
}

/// <summary>Figures for the benchmark command.</summary>
public sealed record CompileStats(int OutputBytes, int RuntimeHelperBytes, IReadOnlyList<string> RuntimeHelpers);
