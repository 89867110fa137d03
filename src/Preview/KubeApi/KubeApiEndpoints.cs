using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.Preview.Backend;
using Kmesh.Preview.Exec;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// Everything under <c>/clusters/&lt;cluster&gt;/</c>: Headlamp's backend forwards these to the cluster's API server, so
/// here they reach the simulated one. Authorization runs first (as in kube-apiserver's filter chain), then routing.
/// </summary>
public static class KubeApiEndpoints
{
    public static void MapKubeApi(this WebApplication app)
    {
        app.Map("/clusters/{cluster}/{**path}", async (HttpContext context, string cluster, string? path) =>
        {
            var simulated = context.RequestServices.GetRequiredService<SimulatedCluster>();
            var lifetime = context.RequestServices.GetRequiredService<IHostApplicationLifetime>();
            if (cluster != SimulatedCluster.ClusterName)
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync($"cluster {cluster} not found\n");
                return;
            }
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            await DispatchAsync(context, simulated, ApiPath.Parse("/" + (path ?? "")), cancel.Token);
        });
    }

    private static Task DispatchAsync(HttpContext context, SimulatedCluster cluster, ApiPath path, CancellationToken cancel)
    {
        var model = cluster.Model;
        var method = context.Request.Method;
        switch (path.Kind)
        {
            case ApiPathKind.ClusterVersion:
                return JsonResponses.WriteAsync(context, ClusterVersion.Document());
            case ApiPathKind.CoreVersions:
                return JsonResponses.WriteAsync(context, Discovery.CoreVersions());
            case ApiPathKind.GroupList:
                return JsonResponses.WriteAsync(context, Discovery.GroupList(model));
            case ApiPathKind.Group:
                return Discovery.GroupDocument(model, path.Group) is { } group
                    ? JsonResponses.WriteAsync(context, group)
                    : JsonResponses.WriteStatusAsync(context, StatusResponses.PathNotFound());
            case ApiPathKind.ResourceList:
                return Discovery.ResourceList(model, path.Group, path.Version) is { } list
                    ? JsonResponses.WriteAsync(context, list)
                    : JsonResponses.WriteStatusAsync(context, StatusResponses.PathNotFound());
            case ApiPathKind.Resource when path.Group == "authorization.k8s.io" && method == "POST":
                return path.Plural switch
                {
                    "selfsubjectrulesreviews" => AuthorizationReviews.RulesReviewAsync(context, cluster.Scenario.Access),
                    "selfsubjectaccessreviews" => AuthorizationReviews.AccessReviewAsync(context, cluster.Scenario.Access),
                    _ => JsonResponses.WriteStatusAsync(context, StatusResponses.PathNotFound()),
                };
            case ApiPathKind.Resource:
                return ResourceAsync(context, cluster, path, cancel);
            default:
                return JsonResponses.WriteStatusAsync(context, StatusResponses.PathNotFound());
        }
    }

    private static async Task ResourceAsync(HttpContext context, SimulatedCluster cluster, ApiPath path, CancellationToken cancel)
    {
        var type = ResourceTypes.Find(path.Group, path.Version, path.Plural);
        var method = context.Request.Method;
        var watchParam = context.Request.Query["watch"].ToString() is "1" or "true";
        var verb = (method, path.Name, path.Subresource) switch
        {
            ("GET", null, _) => path.LegacyWatch || watchParam ? "watch" : "list",
            ("GET", _, "exec") => "create",
            ("GET", _, _) => path.LegacyWatch ? "watch" : "get",
            ("POST", _, _) => "create",
            ("PUT", _, _) => "update",
            ("PATCH", _, _) => "patch",
            ("DELETE", null, _) => "deletecollection",
            ("DELETE", _, _) => "delete",
            _ => "get",
        };
        var namespaced = type?.Namespaced ?? true;
        if (type is not null && !cluster.Scenario.Access.Allows(verb, type.Group, type.Plural, path.Subresource, path.Namespace))
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.Forbidden(verb, type, path.Namespace, path.Name, path.Subresource));
            return;
        }
        if (type is null || !Discovery.IsAvailable(type, cluster.Model) || (!namespaced && path.Namespace is not null)
            || (path.Subresource is not null && !type.Subresources.Contains(path.Subresource)))
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.PathNotFound());
            return;
        }
        var collection = cluster.Store.Collection(type);
        if (path.Name is not null)
        {
            var objectName = path.Subresource == "proxy" ? PodProxy.SplitPodSpec(path.Name).Name : path.Name;
            var item = collection.Get(path.Namespace, objectName);
            if (item is null)
            {
                await JsonResponses.WriteStatusAsync(context, StatusResponses.NotFound(type, objectName));
                return;
            }
            switch (path.Subresource)
            {
                case null or "status" when method == "GET":
                    await JsonResponses.WriteBytesAsync(context, item.ObjectJson);
                    return;
                case "exec" when type == ResourceTypes.Pods:
                    await ExecEndpoint.ServeAsync(context, cluster, path.Namespace!, objectName, cancel);
                    return;
                case "proxy" when type == ResourceTypes.Pods:
                    await PodProxy.ServeAsync(context, cluster, path.Name, path.Rest);
                    return;
                case "log" when type == ResourceTypes.Pods:
                    await PodLogs.ServeAsync(context, cluster, path.Namespace!, objectName);
                    return;
                default:
                    await JsonResponses.WriteStatusAsync(context, StatusResponses.MethodNotSupported(type, verb));
                    return;
            }
        }
        if (method != "GET")
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.MethodNotSupported(type, verb));
            return;
        }
        var (query, error) = ListQuery.From(context.Request.Query, type, path.LegacyWatch);
        if (query is null)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest(error!));
            return;
        }
        if (query.Watch)
        {
            await WatchStreams.ServeAsync(context, collection, path.Namespace, query, cancel);
            return;
        }
        var resourceVersion = cluster.Store.ResourceVersion;
        var page = ListSelection.Select(collection, path.Namespace, query, resourceVersion);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await ListWriter.WriteAsync(context.Response.Body, type, page, resourceVersion);
    }
}
