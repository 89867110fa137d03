using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>
/// Watches one tab for what hostile data must never cause: a JavaScript dialog (alert/confirm/prompt, dismissed at once
/// and recorded), an uncaught page error, or an element that only injected markup could have created.
/// </summary>
public sealed class PageGuard
{
    // Elements the page and Headlamp never make themselves, but the payloads (and the HTML error page) would.
    private const string InjectedSelector = "img[src='x'], [onerror], a[href^='javascript:' i], iframe, object, embed";

    private readonly ConcurrentQueue<string> dialogs = new();
    private readonly ConcurrentQueue<string> pageErrors = new();
    private int baselineScripts = -1;

    public PageGuard(IPage page)
    {
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => pageErrors.Enqueue(error);
    }

    public IPage Page { get; }

    /// <summary>Records how many script elements the page itself has, once it has loaded the plugin.</summary>
    public async Task BaselineAsync() => baselineScripts = await Page.Locator("script").CountAsync();

    /// <summary>Fails the test when anything hostile got through so far, naming where (<paramref name="where"/>).</summary>
    public async Task AssertCleanAsync(string where)
    {
        Assert.True(dialogs.IsEmpty, $"{where}: a JavaScript dialog opened: {string.Join(" | ", dialogs)}");
        Assert.True(pageErrors.IsEmpty, $"{where}: uncaught page error: {string.Join(" | ", pageErrors)}");
        var injected = await Page.Locator(InjectedSelector).EvaluateAllAsync<string[]>("els => els.map(e => e.outerHTML.slice(0, 200))");
        Assert.True(injected.Length == 0, $"{where}: injected elements: {string.Join(" | ", injected)}");
        var scripts = await Page.Locator("script").EvaluateAllAsync<string[]>("els => els.map(e => (e.src || e.textContent || '').slice(0, 200))");
        Assert.DoesNotContain(scripts, s => s.Contains("alert("));
        if (baselineScripts >= 0)
        {
            Assert.True(scripts.Length <= baselineScripts, $"{where}: {scripts.Length - baselineScripts} script elements appeared: {string.Join(" | ", scripts.Skip(baselineScripts))}");
        }
    }

    public IReadOnlyList<string> Dialogs => dialogs.ToList();
}
