using Xunit;

namespace CSharpToJs.Tests.Support;

public class JsRunnerTests
{
    [Fact]
    public void CollectsConsoleLinesInOrder()
    {
        var (output, error) = JsRunner.RunProgram("console.log('a', 1, true); console.log(null);");
        Assert.Null(error);
        Assert.Equal("a 1 true\nnull\n", output);
    }

    [Fact]
    public void FiresTimersByVirtualDueTimeAfterMicrotasks()
    {
        var (output, error) = JsRunner.RunProgram("""
            setTimeout(() => console.log('late'), 5000);
            setTimeout(() => console.log('early'), 10);
            setTimeout(() => console.log('early2'), 10);
            Promise.resolve().then(() => console.log('micro'));
            console.log('sync');
            """);
        Assert.Null(error);
        Assert.Equal("sync\nmicro\nearly\nearly2\nlate\n", output);
    }

    [Fact]
    public void ReportsUncaughtErrorsAndRejectedCompletionPromise()
    {
        var thrown = JsRunner.RunProgram("console.log('x'); throw new TypeError('boom');");
        Assert.Equal("x\n", thrown.Output);
        Assert.Equal("TypeError: boom", thrown.Error);

        var rejected = JsRunner.RunProgram("(async () => { await null; throw new RangeError('late'); })()");
        Assert.Equal("RangeError: late", rejected.Error);
    }

    [Fact]
    public void StopsRunawayRecursion()
    {
        var (_, error) = JsRunner.RunProgram("'use strict'; function f(n) { return f(n + 1) + 1; } f(0);");
        Assert.NotNull(error);
    }
}
