using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Kmesh.Preview.Exec;

/// <summary>The Status document sent on channel 3 when the command ends (kubelet's remotecommand wording).</summary>
public static class ExecStatus
{
    public static JsonObject For(IReadOnlyList<string> command, int exitCode)
    {
        if (exitCode == 0)
        {
            return new JsonObject { ["metadata"] = new JsonObject(), ["status"] = "Success" };
        }
        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = $"command terminated with non-zero exit code: error executing command [{string.Join(' ', command)}], exit code {code}",
            ["reason"] = "NonZeroExitCode",
            ["details"] = new JsonObject
            {
                ["causes"] = new JsonArray(new JsonObject { ["reason"] = "ExitCode", ["message"] = code }),
            },
        };
    }
}
