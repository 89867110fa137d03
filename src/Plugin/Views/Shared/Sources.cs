using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>A list the view reads, as the model's <see cref="Known{T}"/>: its items, or why they are unknown (still
/// loading, forbidden with the exact missing verb, resource and namespace, failed), or not installed (discovery said
/// so, or the list answered 404). Memoised on the list's identity, so rows derived from it are not rebuilt on every
/// render. A list the user may not read is forbidden as soon as an access review says so (<see cref="ListAccess"/>),
/// not when Headlamp's retries of the 403 end.</summary>
public static class Sources
{
    public static Known<IReadOnlyList<T>> UseKnown<T>(ListState<T> state, string resource, string? ns, bool? groupServed)
    {
        bool? mayList = ListAccess.UseAllowed(GroupOf(resource), resource, ns);
        return React.UseMemo(() => Of(state, resource, ns, groupServed, mayList), new object?[] { state.Items, state.Error, groupServed, mayList, Tr.Language });
    }

    /// <summary>The API group of a resource the views list ("" for the core group).</summary>
    public static string GroupOf(string resource) =>
        resource == "kmeshnodeinfos" ? ApiGroups.Kmesh : resource == "gateways" ? ApiGroups.Gateway : "";

    public static Known<IReadOnlyList<T>> Of<T>(ListState<T> state, string resource, string? ns, bool? groupServed, bool? mayList)
    {
        if (groupServed == false) return Known<IReadOnlyList<T>>.NotInstalled(SharedStrings.ListNotFound(resource));
        if (state.Error is not null)
        {
            int? status = state.Error.Status;
            string reason = ListErrors.Describe(state.Error, resource, ns);
            if (status == 404) return Known<IReadOnlyList<T>>.NotInstalled(reason);
            if (status == 403) return Known<IReadOnlyList<T>>.Forbidden(reason);
            return Known<IReadOnlyList<T>>.Failed(reason);
        }
        if (state.Items is null)
        {
            return mayList == false
                ? Known<IReadOnlyList<T>>.Forbidden(ListErrors.Describe(403, null, resource, ns))
                : Known<IReadOnlyList<T>>.Loading(Unknowns.Loading);
        }
        return Known<IReadOnlyList<T>>.Of(Lists.Json(state));
    }
}
