using System.Collections.Generic;
using Kmesh.Model.Transport;
using Xunit;

namespace Kmesh.Tests.Transport;

public class ExecCommandTests
{
    [Fact]
    public void Get_builds_the_agreed_command()
    {
        ExecCommandResult result = ExecCommand.Build(AdminRequest.Get("/debug/config_dump/bpf/dual-engine"));
        Assert.Null(result.Error);
        Assert.Equal(new List<string>
        {
            "/bin/sh",
            "-c",
            "if command -v curl >/dev/null 2>&1; then curl -sS -i --max-time 10 -X GET 'http://127.0.0.1:15200/debug/config_dump/bpf/dual-engine'; "
                + "elif command -v bash >/dev/null 2>&1; then exec bash -c 'exec 3<>/dev/tcp/127.0.0.1/15200 && "
                + "printf '\\''GET /debug/config_dump/bpf/dual-engine HTTP/1.0\\r\\nHost: 127.0.0.1:15200\\r\\n\\r\\n'\\'' >&3 && cat <&3'; "
                + "else echo 'kmesh-admin: neither curl nor bash is installed in container kmesh' >&2; exit 127; fi",
        }, result.Argv);
    }

    [Fact]
    public void Post_with_a_body_adds_the_header_the_data_and_the_content_length()
    {
        string script = ExecCommand.Build(AdminRequest.Post("/debug/loggers", "{\"name\":\"default\",\"level\":\"debug\"}")).Argv![2];
        Assert.Contains("curl -sS -i --max-time 10 -X POST -H 'Content-Type: application/json' --data-binary '{\"name\":\"default\",\"level\":\"debug\"}' 'http://127.0.0.1:15200/debug/loggers'", script);
        Assert.Contains("printf '\\''POST /debug/loggers HTTP/1.0\\r\\nHost: 127.0.0.1:15200\\r\\nContent-Type: application/json\\r\\nContent-Length: 34\\r\\n\\r\\n{\"name\":\"default\",\"level\":\"debug\"}'\\''", script);
    }

    [Fact]
    public void Post_switch_with_a_query_and_no_body()
    {
        string script = ExecCommand.Build(AdminRequest.Post("/accesslog?enable=true", null)).Argv![2];
        Assert.Contains("-X POST 'http://127.0.0.1:15200/accesslog?enable=true'", script);
        Assert.Contains("printf '\\''POST /accesslog?enable=true HTTP/1.0\\r\\nHost: 127.0.0.1:15200\\r\\n\\r\\n'\\''", script);
    }

    [Theory]
    [InlineData("/version'; rm -rf /; echo '")]
    [InlineData("/version$(id)")]
    [InlineData("/version`id`")]
    [InlineData("/a b")]
    [InlineData("/a%0d%0a")]
    [InlineData("/a\\r\\n")]
    [InlineData("/a\nb")]
    [InlineData("/a|b")]
    [InlineData("/a;b")]
    [InlineData("version")]
    [InlineData("")]
    public void Unsafe_paths_are_rejected(string path)
    {
        ExecCommandResult result = ExecCommand.Build(AdminRequest.Get(path));
        Assert.Null(result.Argv);
        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData("{\"name\":\"x'; reboot; echo '\"}")]
    [InlineData("{\"level\":\"%n%n%n\"}")]
    [InlineData("{\"level\":\"\\\\r\\\\n\"}")]
    [InlineData("{\"level\":\"debug\"}\n")]
    [InlineData("{\"level\":\"débug\"}")]
    public void Unsafe_bodies_are_rejected(string body)
    {
        ExecCommandResult result = ExecCommand.Build(AdminRequest.Post("/debug/loggers", body));
        Assert.Null(result.Argv);
        Assert.Contains("request body", result.Error);
    }

    [Fact]
    public void Only_get_and_post_are_allowed()
    {
        Assert.Equal("method \"DELETE\" is not allowed (only GET and POST)", ExecCommand.Build(new AdminRequest("DELETE", "/version", null)).Error);
    }

    [Fact]
    public void Pod_proxy_paths()
    {
        Assert.Equal("/api/v1/namespaces/kmesh-system/pods/kmesh-8hv7d:15200/proxy/debug/config_dump/dual-engine",
            PodProxyPath.Admin("kmesh-8hv7d", "/debug/config_dump/dual-engine"));
        Assert.Equal("/api/v1/namespaces/kmesh-system/pods/kmesh-8hv7d:15020/proxy/status/metric", PodProxyPath.Metrics("kmesh-8hv7d"));
        Assert.Null(PodProxyPath.Admin("../../secrets", "/version"));
        Assert.Null(PodProxyPath.Admin("Kmesh", "/version"));
        Assert.Null(PodProxyPath.Admin("kmesh-8hv7d", "/version?x=<script>"));
    }
}
