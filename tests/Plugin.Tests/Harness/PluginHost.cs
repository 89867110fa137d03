using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Kmesh.Plugin.Tests.Harness;

/// <summary>
/// Loads the built plugin-dist/main.js into Jint the way Headlamp ≥ 0.34 does (the text as the body of
/// <c>new Function()</c>, sloppy mode) against the fake pluginLib, with a <see cref="Scenario"/> answering every
/// list, request and exec. Renders registered routes until their state settles: effects run, promises resolve and
/// virtual-clock timers fire, without real waiting.
/// </summary>
public sealed class PluginHost
{
    private const string Prelude = """
        (function (g) {
          const write = (...a) => __hostLog(a.map(v => typeof v === 'string' ? v : (v && v.stack) || String(v)).join(' '));
          g.console = { log: write, info: write, warn: write, error: write, debug: write };
          const timers = [];
          let nextId = 1, now = 0;
          g.setTimeout = (fn, ms, ...args) => { const id = nextId++; timers.push({ id, due: now + Math.max(0, Number(ms) || 0), fn, args }); return id; };
          g.clearTimeout = id => { const i = timers.findIndex(t => t.id === id); if (i >= 0) timers.splice(i, 1); };
          g.setInterval = () => { throw new Error('the plugin must not poll (setInterval)'); };
          g.__clockNow = () => now;
          g.__pendingTimers = () => timers.length;
          const epoch = Date.parse('2025-12-10T09:00:00Z');
          Date.now = () => epoch + now;
          g.__fireNextTimer = (limit) => {
            if (timers.length === 0) return false;
            timers.sort((a, b) => a.due - b.due || a.id - b.id);
            if (limit !== undefined && timers[0].due > limit) return false;
            const t = timers.shift();
            now = t.due;
            t.fn(...t.args);
            return true;
          };
        })(globalThis);
        """;

    private static readonly Lazy<string> MainJs = new(() => File.Exists(MainJsPath)
        ? File.ReadAllText(MainJsPath)
        : throw new FileNotFoundException("the plugin has not been built: " + MainJsPath + " is missing (dotnet build src/Plugin/Kmesh.Plugin.csproj)"));
    private static readonly string FakePluginLib = ReadResource("harness/fake-pluginlib.js");

    private readonly Engine _engine;
    public List<string> Console { get; } = new();

    public PluginHost(Scenario scenario) : this(scenario, MainJs.Value) { }

    /// <summary>Loads <paramref name="script"/> instead of the built main.js (for the harness's own tests).</summary>
    public PluginHost(Scenario scenario, string script)
    {
        // JSON.parse nests without limit, as in Chromium (Jint stops at 64 levels unless told otherwise).
        _engine = new Engine(o =>
        {
            o.TimeoutInterval(TimeSpan.FromSeconds(30)).LimitRecursion(2000).LimitMemory(1L << 30);
            o.Json.MaxParseDepth = int.MaxValue;
        });
        _engine.SetValue("__hostLog", new Action<string>(Console.Add));
        _engine.SetValue("__execHandler", new Func<string, string>(scenario.AnswerExec));
        _engine.Execute(Prelude);
        // Headlamp's i18next (UMD build from node_modules) and the locale files the build put beside main.js.
        _engine.Execute(I18next.Value);
        _engine.SetValue("__localesJson", Locales.Value);
        _engine.Execute("globalThis.__locales = JSON.parse(__localesJson);");
        _engine.Execute(FakePluginLib);
        _engine.SetValue("__scenarioJson", scenario.ToJson());
        _engine.Execute("""
            globalThis.__scenario = JSON.parse(__scenarioJson);
            globalThis.__scenario.exec = (call) => JSON.parse(__execHandler(JSON.stringify(call)));
            """);
        _engine.SetValue("__mainJs", script);
        // Headlamp ≥ 0.34 runs main.js as the body of a parameterless Function (sloppy, this = globalThis).
        _engine.Execute("new Function(__mainJs)();");
        Drain();
    }

    private static readonly Lazy<string> I18next = new(() => File.ReadAllText(Path.Combine(RepoRoot, "node_modules", "i18next", "dist", "umd", "i18next.js")));

    /// <summary>{lng: translations} from plugin-dist/locales/&lt;lng&gt;/translation.json, as the build shipped them.</summary>
    private static readonly Lazy<string> Locales = new(() =>
    {
        var all = new JsonObject();
        string dir = Path.Combine(RepoRoot, "plugin-dist", "locales");
        if (Directory.Exists(dir))
            foreach (string lng in Directory.GetDirectories(dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
                all[lng] = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, lng, "translation.json")));
        return all.ToJsonString();
    });

    /// <summary>Switches the language as Headlamp's language setting does (every plugin i18next instance follows
    /// i18next's languageChanged) before the next <see cref="Render"/>.</summary>
    public void UseLanguage(string language) => Call(() => _engine.Invoke(_engine.Evaluate("__harness.changeLanguage"), language));

    /// <summary>Switches the language while a view is shown and re-renders it.</summary>
    public RenderResult ChangeLanguage(string language)
    {
        UseLanguage(language);
        return Settle();
    }

    /// <summary>Where the build writes the plugin: &lt;repo&gt;/plugin-dist/main.js.</summary>
    public static string MainJsPath => Path.Combine(RepoRoot, "plugin-dist", "main.js");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KmeshHeadlampPlugin.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    public JsonArray SidebarEntries => ReadJson("JSON.stringify(__harness.registrations.sidebar)").AsArray();

    /// <summary>Registered routes without their component functions: path, name, sidebar, exact.</summary>
    public JsonArray Routes => ReadJson("JSON.stringify(__harness.registrations.routes)").AsArray();

    /// <summary>Every recorded call: useList/useGet (kind, namespace, labelSelector), CRD classes made, other register*.</summary>
    public JsonArray Calls => ReadJson("JSON.stringify(__harness.registrations.calls)").AsArray();

    public JsonArray Requests => ReadJson("JSON.stringify(__harness.requests)").AsArray();

    public JsonArray Execs => ReadJson("JSON.stringify(__harness.execs)").AsArray();

    /// <summary>Every URL the plugin navigated to through react-router's history (replace or push).</summary>
    public IReadOnlyList<string> Navigations => ReadJson("JSON.stringify(__harness.navigations)").AsArray().Select(n => n!.GetValue<string>()).ToList();

    private JsValue? _component;

    /// <summary>Renders the route named <paramref name="routeName"/> with the scenario's route params and returns
    /// the settled tree.</summary>
    public RenderResult Render(string routeName)
    {
        _component = _engine.Invoke(_engine.Evaluate("__harness.routeComponent"), routeName);
        return Settle();
    }

    /// <summary>Renders what the plugin registered with registerDetailsViewSection on Headlamp's details page of
    /// <paramref name="kind"/> for the object <paramref name="json"/> (null: the page is still loading it).</summary>
    public RenderResult RenderDetails(string kind, JsonObject? json)
    {
        _component = _engine.Invoke(_engine.Evaluate("__harness.detailsSection"), kind, json is null ? JsValue.Null : json.ToJsonString());
        return Settle();
    }

    /// <summary>Renders the component a <c>__harness</c> factory returns (e.g. <c>tableComponent('headlamp-pods','Pod')</c>,
    /// <c>mapComponent('kmesh-waypoints')</c>, <c>settingsComponent('kmesh-headlamp-plugin')</c>).</summary>
    public RenderResult RenderHarness(string factoryCall)
    {
        _component = Call(() => _engine.Evaluate("__harness." + factoryCall));
        return Settle();
    }

    /// <summary>Runs pending promise continuations and due timers (e.g. after calling a registered function directly).</summary>
    public void RunPending() => Drain();

    /// <summary>Evaluates an expression in the plugin's engine and answers its string value (JSON for structures).</summary>
    public string Evaluate(string expression) => Call(() => _engine.Evaluate(expression)).ToString();

    /// <summary>Calls a function prop of a rendered element (e.g. onChange, onClick, selectTab) and re-renders.</summary>
    public RenderResult Invoke(RenderedNode node, string prop, params object?[] args)
    {
        var jsArgs = new JsArray(_engine, args.Select(a => JsValue.FromObject(_engine, a)).ToArray());
        Call(() => _engine.Invoke(_engine.Evaluate("__harness.invoke"), node.Id, prop, jsArgs));
        return Settle();
    }

    /// <summary>Types into a TextField: calls its onChange with an event whose target.value is <paramref name="value"/>.</summary>
    public RenderResult Type(RenderedNode textField, string value)
    {
        _engine.SetValue("__typed", value);
        var evt = _engine.Evaluate("({ target: { value: __typed } })");
        Call(() => _engine.Invoke(_engine.Evaluate("__harness.invoke"), textField.Id, "onChange", new JsArray(_engine, new[] { evt })));
        return Settle();
    }

    /// <summary>How far (virtual milliseconds) one settle may run the clock: timers due later wait for
    /// <see cref="AdvanceTime"/>, so a view that samples on a timer settles between samples.</summary>
    public double TimerWindowMs { get; set; } = 60000;

    /// <summary>Runs the virtual clock forward by <paramref name="ms"/>, firing the timers due meanwhile, and re-renders.</summary>
    public RenderResult AdvanceTime(double ms)
    {
        double saved = TimerWindowMs;
        TimerWindowMs = ms;
        try { return Settle(); }
        finally { TimerWindowMs = saved; }
    }

    /// <summary>Sets document.visibilityState and fires the visibilitychange listeners, then re-renders.</summary>
    public RenderResult SetVisibility(string state)
    {
        _engine.SetValue("__visibility", state);
        Call(() => _engine.Evaluate("__harness.setVisibility(__visibility)"));
        return Settle(0);
    }

    public int PendingTimers => (int)_engine.Evaluate("__pendingTimers()").AsNumber();

    public int VisibilityListeners => (int)_engine.Evaluate("__harness.visibilityListenerCount()").AsNumber();

    /// <summary>Unmounts every component (effect cleanups run), as leaving the page does.</summary>
    public void Unmount() => Call(() => _engine.Evaluate("__harness.unmountAll()"));

    private RenderResult Settle() => Settle(TimerWindowMs);

    private RenderResult Settle(double windowMs)
    {
        double limit = _engine.Evaluate("__clockNow()").AsNumber() + windowMs;
        _engine.SetValue("__timerLimit", limit);
        var renderPass = _engine.Evaluate("__harness.renderPass");
        for (var pass = 0; pass < 200; pass++)
        {
            var dirty = Call(() => _engine.Invoke(renderPass, _component!)).AsBoolean();
            Call(() => { _engine.Advanced.ProcessTasks(); return JsValue.Undefined; });
            dirty |= _engine.Evaluate("__harness.isDirty()").AsBoolean();
            if (dirty) continue;
            if (!Call(() => _engine.Evaluate("__fireNextTimer(__timerLimit)")).AsBoolean())
            {
                var json = _engine.Evaluate("__harness.treeJson()").AsString();
                var roots = JsonNode.Parse(json)!.AsArray().Select(n => RenderedNode.FromJson(n!)).ToList();
                return new RenderResult(roots);
            }
        }
        throw new InvalidOperationException("the view did not settle after 200 render passes (a render loop?)\n" + string.Join("\n", Console));
    }

    private void Drain()
    {
        for (var i = 0; i < 1000; i++)
        {
            _engine.Advanced.ProcessTasks();
            if (!_engine.Evaluate("__fireNextTimer()").AsBoolean()) return;
        }
    }

    private JsValue Call(Func<JsValue> action)
    {
        try { return action(); }
        catch (JavaScriptException ex)
        {
            throw new InvalidOperationException("JavaScript error: " + ex.Message + "\n" + ex.JavaScriptStackTrace + "\nconsole:\n" + string.Join("\n", Console), ex);
        }
    }

    private JsonNode ReadJson(string expression) => JsonNode.Parse(_engine.Evaluate(expression).AsString())!;

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
