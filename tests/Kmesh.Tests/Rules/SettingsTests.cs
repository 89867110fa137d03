using Kmesh.Model.Rules;
using Kmesh.Model.Settings;
using Xunit;

namespace Kmesh.Tests.Rules;

public class SettingsTests
{
    [Fact]
    public void Nothing_stored_means_a_stock_install()
    {
        SettingsResult result = SettingsRules.Resolve(null);
        Assert.Equal(new KmeshSettings("kmesh-system", "app=kmesh", "kmesh", 15200, 15020, true), result.Settings);
        Assert.Empty(result.Errors);
        Assert.Equal(KmeshSettings.Defaults, SettingsRules.Resolve(new SettingsInput("", " ", null, "", null, null)).Settings);
    }

    [Fact]
    public void Valid_input_is_taken_trimmed()
    {
        SettingsResult result = SettingsRules.Resolve(new SettingsInput(" mesh-dataplane ", "app.kubernetes.io/name=kmesh,tier=node", "daemon", "15300", "9090", false));
        Assert.Equal(new KmeshSettings("mesh-dataplane", "app.kubernetes.io/name=kmesh,tier=node", "daemon", 15300, 9090, false), result.Settings);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Each_invalid_field_keeps_its_default_and_says_why()
    {
        SettingsResult result = SettingsRules.Resolve(new SettingsInput("Kmesh_System", "app!=kmesh", "-x", "70000", "15o20", null));
        Assert.Equal(KmeshSettings.Defaults, result.Settings);
        Assert.Equal("\"Kmesh_System\" is not a namespace name: lower-case letters, digits and '-', at most 63; using \"kmesh-system\".", result.Errors[SettingsRules.NamespaceField]);
        Assert.Equal("\"app!=kmesh\" is not one or more key=value terms separated by commas; using \"app=kmesh\".", result.Errors[SettingsRules.SelectorField]);
        Assert.Equal("\"70000\" is not a port (1 to 65535); using 15200.", result.Errors[SettingsRules.AdminPortField]);
        Assert.Equal("\"15o20\" is not a port (1 to 65535); using 15020.", result.Errors[SettingsRules.MetricsPortField]);
        Assert.True(result.Errors.ContainsKey(SettingsRules.ContainerField));
    }

    [Fact]
    public void Daemon_pods_are_found_by_the_configured_namespace_and_every_selector_term()
    {
        var custom = KmeshSettings.Defaults with { Namespace = "mesh-dataplane", DaemonSelector = "app=kmesh,tier=node" };
        var pod = Cluster.Pod("""{"metadata":{"name":"kmesh-1","namespace":"mesh-dataplane","labels":{"app":"kmesh","tier":"node"}}}""");
        var partial = Cluster.Pod("""{"metadata":{"name":"kmesh-2","namespace":"mesh-dataplane","labels":{"app":"kmesh"}}}""");
        Assert.True(DaemonHealthRules.IsDaemonPod(pod, custom));
        Assert.False(DaemonHealthRules.IsDaemonPod(partial, custom));
        Assert.False(DaemonHealthRules.IsDaemonPod(pod));
    }
}
