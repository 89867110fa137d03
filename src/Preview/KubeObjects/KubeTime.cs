using System;
using System.Globalization;

namespace Kmesh.Preview.KubeObjects;

/// <summary>metav1.Time's wire format: RFC 3339 in UTC with whole seconds.</summary>
internal static class KubeTime
{
    public static string Format(DateTime time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
