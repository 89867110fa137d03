using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace CSharpToJs.Tests.Support;

/// <summary>
/// Runs compiled JavaScript in a fresh, strict Jint engine with time, memory and recursion limits, a fake
/// <c>console</c> that collects lines, a virtual-clock <c>setTimeout</c>, and promise draining: timers fire in
/// due-time order (ties in creation order) after the microtask queue is empty, without real waiting.
/// </summary>
public static class JsRunner
{
    private const string Prelude = """
        (function (g) {
          const show = v => typeof v === "string" ? v : String(v);
          const write = (...args) => __runnerWrite(args.map(show).join(" "));
          g.console = { log: write, info: write, warn: write, error: write, debug: write };
          g.process = { stdout: { write: text => __runnerWriteRaw(show(text)) } };
          const timers = [];
          let nextId = 1, now = 0;
          const add = (fn, ms, args, repeat) => {
            const id = nextId++;
            const delay = Math.max(0, Number(ms) || 0);
            timers.push({ id, due: now + delay, fn, args, repeat: repeat ? Math.max(1, delay) : 0 });
            return id;
          };
          const clear = id => { const i = timers.findIndex(t => t.id === id); if (i >= 0) timers.splice(i, 1); };
          g.setTimeout = (fn, ms, ...args) => add(fn, ms, args, false);
          g.setInterval = (fn, ms, ...args) => add(fn, ms, args, true);
          g.clearTimeout = clear;
          g.clearInterval = clear;
          g.__runnerNextTimer = () => {
            if (timers.length === 0) return false;
            let best = 0;
            for (let i = 1; i < timers.length; i++)
              if (timers[i].due < timers[best].due || (timers[i].due === timers[best].due && timers[i].id < timers[best].id)) best = i;
            const t = timers[best];
            now = t.due;
            if (t.repeat) t.due = now + t.repeat; else timers.splice(best, 1);
            t.fn(...t.args);
            return true;
          };
        })(globalThis);
        """;

    /// <summary>Runs a program; returns everything written to the console (one line per call, each ending in
    /// "\n") and, if it failed, a description of the error (uncaught exception, rejected completion promise,
    /// syntax error or limit exceeded).</summary>
    public static (string Output, string? Error) RunProgram(string js) => Run(js, null);

    /// <summary>Like <see cref="RunProgram"/>, but lets the caller put globals (e.g. a fake <c>pluginLib</c>) into
    /// the engine first; <paramref name="setup"/> receives the engine after the prelude ran.</summary>
    public static (string Output, string? Error) Run(string js, Action<Engine>? setup)
    {
        (string, string?) result = ("", "runner did not finish");
        var thread = new Thread(() => result = RunOnThisThread(js, setup), 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }

    private static (string Output, string? Error) RunOnThisThread(string js, Action<Engine>? setup)
    {
        var output = new StringBuilder();
        var engine = new Engine(options => options
            .Strict()
            .TimeoutInterval(TimeSpan.FromSeconds(20))
            .LimitMemory(512L * 1024 * 1024)
            .LimitRecursion(4000));
        engine.SetValue("__runnerWrite", new Action<string>(line => output.Append(line).Append('\n')));
        engine.SetValue("__runnerWriteRaw", new Action<string>(text => output.Append(text)));
        try
        {
            engine.Execute(Prelude);
            setup?.Invoke(engine);
            var completion = engine.Evaluate(js);
            var error = Drain(engine);
            if (error is null)
            {
                try
                {
                    completion.UnwrapIfPromise();
                }
                catch (PromiseRejectedException rejected)
                {
                    error = Describe(rejected.RejectedValue);
                }
                catch (InvalidOperationException)
                {
                    error = "the program's promise never settled";
                }
            }
            return (output.ToString(), error);
        }
        catch (JavaScriptException ex)
        {
            return (output.ToString(), Describe(ex.Error));
        }
        catch (Exception ex) when (ex is JintException or Acornima.ParseErrorException or TimeoutException)
        {
            return (output.ToString(), ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static string? Drain(Engine engine)
    {
        var next = engine.GetValue("__runnerNextTimer");
        for (var round = 0; round < 100_000; round++)
        {
            engine.Advanced.ProcessTasks();
            if (!engine.Invoke(next).AsBoolean()) return null;
        }
        return "timer limit exceeded";
    }

    /// <summary>"TypeName: Message" for compiled .NET exceptions, otherwise the JavaScript error text.</summary>
    public static string Describe(JsValue error)
    {
        if (error is ObjectInstance obj)
        {
            var message = obj.Get("Message");
            if (!message.IsUndefined())
            {
                var typeName = obj.Get("constructor") is ObjectInstance ctor ? ctor.Get("$typeName") : JsValue.Undefined;
                return (typeName.IsString() ? typeName.AsString() : "Exception") + ": " + message;
            }
            var text = obj.Get("message");
            var name = obj.Get("name");
            if (!text.IsUndefined()) return (name.IsString() ? name.AsString() + ": " : "") + text;
        }
        return error.ToString();
    }
}
