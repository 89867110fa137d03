using System.Threading.Tasks;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>pluginLib.ApiProxy.request, sent to /clusters/&lt;current cluster&gt;&lt;path&gt;.</summary>
[External]
public static class ApiProxy
{
    /// <summary>GET <paramref name="path"/> and read the body as text, without logging the user out on 401/403.
    /// Never rejects: answers (status, body, error) where error is Headlamp's message for a failed request
    /// (e.g. "Forbidden - pods \"x\" is forbidden: …") and status its HTTP code (408 timeout, 502 unreachable,
    /// 0 when the request could not be sent).</summary>
    [Template("pluginLib.ApiProxy.request({path}, Object.fromEntries([['isJSON', false], ['autoLogoutOnAuthError', false], ['timeout', {timeoutMs}]]), false).then((r) => r.text().then((t) => [r.status, t, null]), (e) => [(e && e.status) || 0, '', String((e && e.message) || e)])")]
    public static extern Task<(int Status, string Body, string? Error)> GetText(string path, int timeoutMs);

    /// <summary>POST a JSON body (e.g. a SelfSubjectAccessReview) and read the answer as text; never rejects,
    /// answers like <see cref="GetText"/>.</summary>
    [Template("pluginLib.ApiProxy.request({path}, Object.fromEntries([['method', 'POST'], ['body', {jsonBody}], ['headers', Object.fromEntries([['Content-Type', 'application/json']])], ['isJSON', false], ['autoLogoutOnAuthError', false], ['timeout', {timeoutMs}]]), false).then((r) => r.text().then((t) => [r.status, t, null]), (e) => [(e && e.status) || 0, '', String((e && e.message) || e)])")]
    public static extern Task<(int Status, string Body, string? Error)> PostText(string path, string jsonBody, int timeoutMs);
}

/// <summary>Writes through pluginLib.ApiProxy.request (the same path, cluster and auth as Headlamp's own resource
/// calls): POST, PATCH (merge patch) and DELETE with a JSON body, answered like <see cref="ApiProxy.GetText"/>.</summary>
[External]
public static class ApiProxyWrite
{
    [Template("pluginLib.ApiProxy.request({path}, Object.fromEntries([['method', {method}], ...({jsonBody} == null ? [] : [['body', {jsonBody}]]), ['headers', Object.fromEntries([['Content-Type', {contentType}]])], ['isJSON', false], ['autoLogoutOnAuthError', false], ['timeout', {timeoutMs}]]), false).then((r) => r.text().then((t) => [r.status, t, null]), (e) => [(e && e.status) || 0, '', String((e && e.message) || e)])")]
    public static extern Task<(int Status, string Body, string? Error)> Send(string path, string method, string? jsonBody, string contentType, int timeoutMs);
}
