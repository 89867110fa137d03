using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Kmesh.Model.Canonical;
using Xunit;

namespace Kmesh.Tests;

/// <summary>The canonical rendering of every fixture, pinned in Canonical/*.txt (reviewed text). The compiled
/// JavaScript leg must print exactly these. Set KMESH_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.</summary>
public class CanonicalGoldenTests
{
    public static readonly (string Fixture, string Kind)[] Cases =
    {
        ("version.json", "version"),
        ("version-with-mode-UNMERGED-pr1899.json", "version"),
        ("loggers-list.json", "loggers"),
        ("logger-bpf.json", "logger"),
        ("logger-default.json", "logger"),
        ("authz-status-UNMERGED-pr1899.json", "authz"),
        ("dual-engine-config-dump.json", "config-dump"),
        ("dual-engine-bpf-dump.json", "bpf-dump"),
        ("kernel-native-config-dump.json", "kernel-native"),
        ("metrics.prom", "metrics"),
        ("daemon-stdout-sample.log", "access-log"),
    };

    public static IEnumerable<object[]> CaseData()
    {
        foreach ((string fixture, string kind) in Cases) yield return new object[] { fixture, kind };
    }

    public static string GoldenName(string fixture) => Path.GetFileNameWithoutExtension(fixture) + ".txt";

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Theory]
    [MemberData(nameof(CaseData))]
    public void Fixture_renders_its_pinned_canonical_text(string fixture, string kind)
    {
        string rendered = CanonicalCatalog.Render(kind, Fixtures.Read(fixture));
        Assert.False(rendered.StartsWith("error:", StringComparison.Ordinal), rendered);
        string goldenPath = Path.Combine(SourceDirectory(), "Canonical", GoldenName(fixture));
        if (Environment.GetEnvironmentVariable("KMESH_UPDATE_GOLDEN") == "1") File.WriteAllText(goldenPath, rendered);
        Assert.Equal(File.ReadAllText(goldenPath), rendered);
    }
}
