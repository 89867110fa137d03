using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model.Rules;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>One permission a mutating control needs, checked with a SelfSubjectAccessReview.</summary>
public sealed record Permission(string Verb, string Group, string Resource, string Subresource, string Namespace)
{
    public string ResourceText => Subresource.Length == 0 ? Resource : $"{Resource}/{Subresource}";

    public string Scope => Namespace.Length == 0 ? S.ClusterWide : SharedStrings.InNamespace(Namespace);

    public string MissingText => S.Missing(Verb, ResourceText + (Group.Length == 0 ? "" : $" ({Group})"), Scope);

    /// <summary>What the admin API's mutating calls need: pods/exec, or pods/proxy once that route has worked.</summary>
    public static Permission Admin() => DaemonClient.Strategy == TransportStrategy.PodProxy
        ? new Permission("create", "", "pods", "proxy", KmeshConfig.Current().Namespace)
        : new Permission("create", "", "pods", "exec", KmeshConfig.Current().Namespace);

    public static Permission Gateways(string verb, string ns) => new Permission(verb, "gateway.networking.k8s.io", "gateways", "", ns);

    public static Permission PatchNamespaces() => new Permission("patch", "", "namespaces", "", "");

    public static Permission PatchServices(string ns) => new Permission("patch", "", "services", "", ns);
}

/// <summary>The answer of an access review: null while checking; otherwise allowed, or the missing permission's text.</summary>
public sealed record AccessAnswer(bool Allowed, string? Missing);

public static class Permissions
{
    /// <summary>Reviews <paramref name="permission"/> once per distinct permission (a hook). A review that fails
    /// counts as not allowed, with its reason: nothing is enabled on an unknown answer.</summary>
    public static AccessAnswer? UseAccess(Permission permission)
    {
        var (answer, setAnswer) = React.UseState<AccessAnswer?>(null);
        string key = $"{permission.Verb} {permission.Group} {permission.ResourceText} {permission.Namespace}";
        React.UseEffect(() =>
        {
            var request = new Request();
            setAnswer(null);
            _ = Review(permission, request, setAnswer);
            return () => request.Cancelled = true;
        }, new object?[] { key });
        return answer;
    }

    private static async Task Review(Permission permission, Request request, System.Action<AccessAnswer?> setAnswer)
    {
        bool? allowed = await AccessReview.IsAllowed(permission.Verb, permission.Group, permission.Resource, permission.Subresource, permission.Namespace);
        if (request.Cancelled) return;
        setAnswer(allowed == true ? new AccessAnswer(true, null)
            : new AccessAnswer(false, allowed == false ? permission.MissingText : S.ReviewFailed(permission.ResourceText, permission.Scope)));
    }

    /// <summary>A caption under a disabled control naming what is missing; null when allowed.</summary>
    public static ReactElement? Caption(AccessAnswer? answer) =>
        answer is null ? Ui.Secondary(S.Checking) : answer.Allowed ? null : Mui.Typography(new TypographyProps { Variant = "body2", Color = "error" }, answer.Missing);
}
