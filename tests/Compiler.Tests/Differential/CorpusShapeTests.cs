using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CSharpToJs.Tests.Differential;

/// <summary>The corpus itself: every area the compiler must cover has samples, and every sample is a program.</summary>
public sealed class CorpusShapeTests
{
    private static readonly string[] Areas =
    [
        "async", "classes", "closures", "collections", "enums", "exceptions", "generics", "iterators", "json-shapes",
        "linq", "nullable", "numbers", "patterns", "records", "static-init", "strings", "tuples",
    ];

    [Fact]
    public void EveryAreaHasSamples()
    {
        var byArea = CorpusSamples.All().GroupBy(path => path.Split('/')[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Areas, area => Assert.True(byArea.GetValueOrDefault(area) >= 5, $"area '{area}' has {byArea.GetValueOrDefault(area)} samples"));
        Assert.True(byArea.Values.Sum() >= 170, $"the corpus has {byArea.Values.Sum()} samples");
    }

    [Fact]
    public void EverySampleHasAMainThatPrints()
    {
        var missing = CorpusSamples.All()
            .Where(path =>
            {
                var text = CorpusSamples.Read(path);
                return !(text.Contains("static void Main()") || text.Contains("static async Task Main()")) || !text.Contains("Console.Write");
            })
            .ToList();
        Assert.Empty(missing);
    }
}
