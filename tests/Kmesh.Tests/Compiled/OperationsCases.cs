using System.Collections.Generic;

namespace Kmesh.Tests.Compiled;

/// <summary>The operations inputs both legs run (see <see cref="OperationsDriver"/>).</summary>
public static class OperationsCases
{
    private static readonly string Sep = "\n" + MeshDriver.Separator + "\n";

    private static string Metrics() => Fixtures.Read("metrics.prom");

    private static string WithoutWorkload() => Kmesh.Tests.Mesh.TrafficCases.WithoutFamilies(Metrics(), "kmesh_tcp_workload_", "kmesh_tcp_retrans", "kmesh_tcp_packet_loss");

    private static string Log() => Fixtures.Read("daemon-stdout-sample.log");

    public static List<DriverCase> All() => new()
    {
        new DriverCase("ops evidence: workload metrics on, series present", "ops-evidence",
            "workload_metrics on 2025-12-03T10:00:00.000Z 2025-12-03T10:05:00.120Z" + Sep + Metrics()),
        new DriverCase("ops evidence: workload metrics on, none yet", "ops-evidence",
            "workload_metrics on 2025-12-03T10:00:00.000Z 2025-12-03T10:05:00.120Z" + Sep + WithoutWorkload()),
        new DriverCase("ops evidence: workload metrics read before it was set", "ops-evidence",
            "workload_metrics on 2025-12-03T10:00:00.000Z 2025-12-03T09:59:00.000Z" + Sep + WithoutWorkload()),
        new DriverCase("ops evidence: workload metrics off, growing", "ops-evidence",
            "workload_metrics off 2025-12-03T10:00:00.000Z 2025-12-03T10:01:00.000Z 2025-12-03T10:01:10.000Z" + Sep + Metrics() + Sep + Kmesh.Tests.Mesh.TrafficCases.Grow(Metrics(), 1.5)),
        new DriverCase("ops evidence: workload metrics off, still there", "ops-evidence",
            "workload_metrics off 2025-12-03T10:00:00.000Z 2025-12-03T10:01:00.000Z 2025-12-03T10:01:10.000Z" + Sep + Metrics() + Sep + Metrics()),
        new DriverCase("ops evidence: workload metrics off, gone", "ops-evidence",
            "workload_metrics off 2025-12-03T10:00:00.000Z 2025-12-03T10:01:00.000Z" + Sep + WithoutWorkload()),
        new DriverCase("ops evidence: workload metrics unknown, growing", "ops-evidence",
            "workload_metrics - - 2025-12-03T10:01:00.000Z 2025-12-03T10:01:10.000Z" + Sep + Metrics() + Sep + Kmesh.Tests.Mesh.TrafficCases.Grow(Metrics(), 2)),
        new DriverCase("ops evidence: connection metrics unknown, none", "ops-evidence",
            "connection_metrics - - 2025-12-03T10:01:00.000Z" + Sep + WithoutWorkload().Replace("kmesh_tcp_connection_", "ignored_")),
        new DriverCase("ops evidence: access logs on, newer lines", "ops-evidence",
            "accesslog on 2025-12-03T10:00:00.000Z 2025-12-03T10:05:00.000Z" + Sep + Log()),
        new DriverCase("ops evidence: access logs on, only older lines", "ops-evidence",
            "accesslog on 2025-12-03T11:00:00.000Z 2025-12-03T11:05:00.000Z" + Sep + Log()),
        new DriverCase("ops evidence: access logs off, newer lines", "ops-evidence",
            "accesslog off 2025-12-03T10:00:00.000Z 2025-12-03T10:05:00.000Z" + Sep + Log()),
        new DriverCase("ops evidence: access logs off, older lines", "ops-evidence",
            "accesslog off 2025-12-03T11:00:00.000Z 2025-12-03T11:05:00.000Z" + Sep + Log()),
        new DriverCase("ops evidence: access logs unknown, none", "ops-evidence",
            "accesslog - - 2025-12-03T11:05:00.000Z" + Sep + "level=info msg=\"started\"\n"),
        new DriverCase("ops evidence: monitoring has no trace", "ops-evidence",
            "monitoring on 2025-12-03T10:00:00.000Z 2025-12-03T10:05:00.000Z" + Sep + Metrics()),
        new DriverCase("ops sample log", "ops-log", Fixtures.Read("daemon-stdout-sample.log")),
        new DriverCase("ops metrics as log", "ops-log", Fixtures.Read("metrics.prom")),
        new DriverCase("ops crash log", "ops-log",
            "time=\"2025-12-03T09:14:00Z\" level=info msg=\"bpf loader start successfully\"\r\n"
            + "time=\"2025-12-03T09:14:00Z\" level=error msg=\"failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused\"\n"
            + "{\"level\":\"fatal\",\"msg\":\"load program: invalid argument: unknown func bpf_sk_storage_get#107\"}\n"
            + "level=WARN msg=\"failed to load bpf object: program cgroup_connect4: load program: permission denied\"\n"
            + "E1203 level=error msg=\"pods is forbidden: User system:serviceaccount:kmesh-system:kmesh cannot list\"\n"
            + "accesslog: 2025-12-03 src.addr=1.2.3.4:5, error=connection refused to istiod\n\n"),
        new DriverCase("ops empty log", "ops-log", ""),
        new DriverCase("ops crash pod", "ops-pod", "{\"status\":{\"containerStatuses\":[{\"name\":\"other\",\"restartCount\":1},{\"name\":\"kmesh\",\"restartCount\":7,\"state\":{\"waiting\":{\"reason\":\"CrashLoopBackOff\"}},\"lastState\":{\"terminated\":{\"exitCode\":137,\"reason\":\"OOMKilled\",\"finishedAt\":\"2025-12-10T08:56:59Z\"}}}]}}"),
        new DriverCase("ops running pod", "ops-pod", "{\"status\":{\"containerStatuses\":[{\"name\":\"kmesh\",\"restartCount\":0,\"state\":{\"running\":{}},\"lastState\":{}}]}}"),
        new DriverCase("ops terminated pod", "ops-pod", "{\"status\":{\"containerStatuses\":[{\"name\":\"kmesh\",\"restartCount\":2,\"state\":{\"terminated\":{\"exitCode\":0,\"reason\":\"Completed\"}},\"lastState\":{\"terminated\":{\"exitCode\":2}}}]}}"),
        new DriverCase("ops no status", "ops-pod", "{}"),
        new DriverCase("ops logger bpf", "ops-logger", "bpf debug"),
        new DriverCase("ops logger bpf logrus name", "ops-logger", "bpf warning"),
        new DriverCase("ops logger default", "ops-logger", "default warning"),
        new DriverCase("ops logger bad name", "ops-logger", "def'ault info"),
        new DriverCase("ops waypoint", "ops-waypoint", "default waypoint service ghcr.io/kmesh-net/waypoint:v1.2.0 true reviews"),
        new DriverCase("ops waypoint plain", "ops-waypoint", "bookinfo wp-1 all ghcr.io/kmesh-net/waypoint:v1.1.0 false -"),
        new DriverCase("ops waypoint invalid", "ops-waypoint", "Default -wp everything bad\"image false svc_1"),
        new DriverCase("ops switches dual", "ops-switches", "dual-engine"),
        new DriverCase("ops switches kernel", "ops-switches", "kernel-native"),
        new DriverCase("ops outcome ok", "ops-outcome", "200 "),
        new DriverCase("ops outcome bpf", "ops-outcome", "200 set BPF Log Level: 3\n"),
        new DriverCase("ops outcome refused", "ops-outcome", "400 Kmesh monitoring is disabled, cannot enable accesslog.\n"),
        new DriverCase("ops outcome empty 405", "ops-outcome", "405 "),
        new DriverCase("ops outcome unreachable", "ops-outcome", "unreachable Container kmesh in pod kmesh-b9kfm is not running."),
    };
}
