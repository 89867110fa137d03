using System;
using System.Collections.Generic;
using System.Text;
using Kmesh.Model;
using Kmesh.Model.Sources.AccessLogs;
using Xunit;

namespace Kmesh.Tests;

/// <summary>Seeded random corruption of every fixture (byte flips, truncation, deletion, duplication, insertion of
/// structural characters): every outcome must be a value or a typed error pointing inside the text; nothing throws.</summary>
public class MutationTests
{
    private const int IterationsPerFixture = 1500;
    private const string Structural = "{}[]\",:\\0123456789-+eE.tfn \n\t\u0000\u00e9\ud83d";

    public static IEnumerable<object[]> Targets()
    {
        foreach ((string fixture, string kind) in CanonicalGoldenTests.Cases) yield return new object[] { fixture, kind };
        yield return new object[] { "dual-engine-config-dump.json", "http" };
    }

    private static string Mutate(Random random, string text)
    {
        if (text.Length == 0) return text;
        int at = random.Next(text.Length);
        int span = 1 + random.Next(Math.Min(64, text.Length - at));
        switch (random.Next(6))
        {
            case 0:
                return text.Substring(0, at) + Structural[random.Next(Structural.Length)] + text.Substring(at + 1);
            case 1:
                return text.Substring(0, at);
            case 2:
                return text.Remove(at, span);
            case 3:
                return text.Insert(at, text.Substring(at, span));
            case 4:
                return text.Insert(at, Structural[random.Next(Structural.Length)].ToString());
            default:
                var chars = text.ToCharArray();
                chars[at] = (char)(chars[at] ^ (1 << random.Next(7)));
                return new string(chars);
        }
    }

    private static string HttpWrapped(string body)
        => "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + Encoding.UTF8.GetByteCount(body) + "\r\n\r\n" + body;

    [Theory]
    [MemberData(nameof(Targets))]
    public void Corrupted_fixtures_give_a_value_or_a_typed_error(string fixture, string kind)
    {
        string original = Fixtures.Read(fixture);
        if (kind == "http") original = HttpWrapped(original);
        var random = new Random(fixture.Length * 7919 + kind.Length);
        int errors = 0;
        for (int i = 0; i < IterationsPerFixture; i++)
        {
            string text = Mutate(random, original);
            if (random.Next(4) == 0) text = Mutate(random, text);
            if (kind == "access-log")
            {
                AccessLog log = AccessLogReader.Read(text);
                foreach (ParseError error in log.Errors) AssertInside(error, text, i);
                errors += log.Errors.Count;
                continue;
            }
            (ParseError? parseError, string canonical) = SourceRunner.Run(kind, text);
            Assert.False(string.IsNullOrEmpty(canonical));
            if (parseError is not null)
            {
                AssertInside(parseError, text, i);
                errors++;
            }
        }
        Assert.True(errors > 0, "the mutations never produced an error; the test would prove nothing");
    }

    private static void AssertInside(ParseError error, string text, int iteration)
    {
        Assert.True(Enum.IsDefined(error.Kind), $"iteration {iteration}: kind {error.Kind}");
        Assert.InRange(error.Offset, 0, text.Length);
        Assert.True(error.Line >= 1 && error.Column >= 1, $"iteration {iteration}: {error}");
        Assert.False(string.IsNullOrEmpty(error.Message));
    }
}
