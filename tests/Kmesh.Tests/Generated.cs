using System.Globalization;
using System.Text;

namespace Kmesh.Tests;

/// <summary>Large, realistic dumps in the daemon's own formatting (4-space indent, Go field order).</summary>
public static class Generated
{
    public static string ConfigDump(int workloads)
    {
        var sb = new StringBuilder("{\n    \"workloads\": [\n");
        for (int i = 0; i < workloads; i++)
        {
            int node = i % 3;
            string ns = "ns-" + (i % 40).ToString(CultureInfo.InvariantCulture);
            string name = "workload-" + i.ToString(CultureInfo.InvariantCulture);
            sb.Append("        {\n");
            sb.Append("            \"uid\": \"Kubernetes//Pod/").Append(ns).Append('/').Append(name).Append("\",\n");
            sb.Append("            \"addresses\": [\n                \"10.").Append(244 + i / 65536).Append('.').Append(i / 256 % 256).Append('.').Append(i % 256).Append("\"\n            ],\n");
            if (i % 5 == 0) sb.Append("            \"waypoint\": \"/10.96.143.232\",\n");
            sb.Append("            \"protocol\": \"NONE\",\n");
            sb.Append("            \"name\": \"").Append(name).Append("\",\n");
            sb.Append("            \"namespace\": \"").Append(ns).Append("\",\n");
            sb.Append("            \"serviceAccount\": \"sa-").Append(i % 100).Append("\",\n");
            sb.Append("            \"workloadName\": \"app-").Append(i % 500).Append("\",\n");
            sb.Append("            \"workloadType\": \"DEPLOYMENT\",\n");
            sb.Append("            \"canonicalName\": \"app-").Append(i % 500).Append("\",\n");
            sb.Append("            \"canonicalRevision\": \"v").Append(i % 3 + 1).Append("\",\n");
            sb.Append("            \"clusterId\": \"Kubernetes\",\n");
            sb.Append("            \"locality\": {\n                \"region\": \"region-a\",\n                \"zone\": \"zone-").Append(node).Append("\"\n            },\n");
            sb.Append("            \"node\": \"kmesh-worker").Append(node).Append("\",\n");
            sb.Append("            \"status\": \"").Append(i % 97 == 0 ? "UNHEALTHY" : "HEALTHY").Append("\",\n");
            sb.Append("            \"applicationTunnel\": {\n                \"protocol\": \"\"\n            },\n");
            sb.Append("            \"services\": [\n                \"").Append(ns).Append("/svc-").Append(i % 500).Append('.').Append(ns).Append(".svc.cluster.local\"\n            ],\n");
            sb.Append("            \"authorizationPolicies\": [\n                \"").Append(ns).Append("/allow-frontend\",\n                \"").Append(ns).Append("/deny-other-namespaces\"\n            ]\n");
            sb.Append(i == workloads - 1 ? "        }\n" : "        },\n");
        }
        sb.Append("    ],\n    \"services\": [\n");
        int services = workloads / 10 + 1;
        for (int i = 0; i < services; i++)
        {
            string ns = "ns-" + (i % 40).ToString(CultureInfo.InvariantCulture);
            sb.Append("        {\n            \"name\": \"svc-").Append(i).Append("\",\n            \"namespace\": \"").Append(ns).Append("\",\n");
            sb.Append("            \"hostname\": \"svc-").Append(i).Append('.').Append(ns).Append(".svc.cluster.local\",\n");
            sb.Append("            \"vips\": [\n                \"/10.96.").Append(i / 256 % 256).Append('.').Append(i % 256).Append("\"\n            ],\n");
            sb.Append("            \"ports\": [\n                {\n                    \"service_port\": 9080,\n                    \"target_port\": 9080\n                }\n            ],\n");
            sb.Append("            \"loadBalancer\": null,\n            \"waypoint\": {\n                \"destination\": \"").Append(i % 2 == 0 ? "/10.96.143.232" : "").Append("\"\n            }\n");
            sb.Append(i == services - 1 ? "        }\n" : "        },\n");
        }
        sb.Append("    ],\n    \"policies\": []\n}\n");
        return sb.ToString();
    }

    public static string BpfDump(int entries)
    {
        var sb = new StringBuilder("{\n    \"workloadPolicies\": [\n");
        int policies = entries / 10;
        for (int i = 0; i < policies; i++)
        {
            sb.Append("        {\n            \"policyIds\": [\n                \"ns-").Append(i % 40).Append("/allow-").Append(i % 7)
                .Append("\",\n                \"\",\n                \"\",\n                \"\"\n            ]\n");
            sb.Append(i == policies - 1 ? "        }\n" : "        },\n");
        }
        sb.Append("    ],\n    \"backends\": [\n");
        int backends = entries * 3 / 10;
        for (int i = 0; i < backends; i++)
        {
            sb.Append("        {\n            \"ip\": \"10.244.").Append(i / 256 % 256).Append('.').Append(i % 256).Append("\",\n");
            sb.Append("            \"serviceCount\": 1,\n            \"services\": [\n                \"ns-").Append(i % 40).Append("/svc-").Append(i % 500)
                .Append(".ns-").Append(i % 40).Append(".svc.cluster.local\"\n            ]");
            if (i % 4 == 0) sb.Append(",\n            \"waypointAddr\": \"10.96.143.232\",\n            \"waypointPort\": 15008");
            sb.Append(i == backends - 1 ? "\n        }\n" : "\n        },\n");
        }
        sb.Append("    ],\n    \"endpoints\": [\n");
        int endpoints = entries * 2 / 10;
        for (int i = 0; i < endpoints; i++)
        {
            sb.Append("        {\n            \"backendUid\": \"Kubernetes//Pod/ns-").Append(i % 40).Append("/workload-").Append(i).Append("\"\n");
            sb.Append(i == endpoints - 1 ? "        }\n" : "        },\n");
        }
        sb.Append("    ],\n    \"frontends\": [\n");
        int frontends = entries * 2 / 10;
        for (int i = 0; i < frontends; i++)
        {
            sb.Append("        {\n            \"upstreamId\": \"ns-").Append(i % 40).Append("/svc-").Append(i).Append(".ns-").Append(i % 40).Append(".svc.cluster.local\"\n");
            sb.Append(i == frontends - 1 ? "        }\n" : "        },\n");
        }
        sb.Append("    ],\n    \"services\": [\n");
        int services = entries - policies - backends - endpoints - frontends;
        for (int i = 0; i < services; i++)
        {
            sb.Append("        {\n            \"endpointCount\": \"").Append(i % 4 + 1).Append(", 0, 0, 0, 0, 0, 0\",\n");
            sb.Append("            \"lbPolicy\": \"").Append(i % 9 == 0 ? "FAILOVER" : "UNSPECIFIED_MODE").Append("\",\n");
            sb.Append("            \"servicePort\": \"9080, 15021\",\n            \"targetPort\": \"9080, 15021\"");
            if (i % 2 == 0) sb.Append(",\n            \"waypointAddr\": \"10.96.143.232\",\n            \"waypointPort\": 15008");
            sb.Append(i == services - 1 ? "\n        }\n" : "\n        },\n");
        }
        sb.Append("    ]\n}\n");
        return sb.ToString();
    }
}
