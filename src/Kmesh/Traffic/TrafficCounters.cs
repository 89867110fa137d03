namespace Kmesh.Model.Traffic;

/// <summary>TCP counters of one service, workload or pod, as the daemon reported them (gauges named <c>_total</c>).
/// Sent and received are from the side named by the owning row (a service or workload as server: bytes it sent to
/// clients and received from them; a workload as client: bytes it sent and received). <see cref="Retransmits"/> and
/// <see cref="PacketLoss"/> are null where Kmesh has no such metric (service level, client side).</summary>
public sealed record TrafficCounters(double Opened, double Closed, double SentBytes, double ReceivedBytes, double? Retransmits, double? PacketLoss)
{
    public static readonly TrafficCounters Zero = new TrafficCounters(0, 0, 0, 0, null, null);

    /// <summary>Connections opened and not yet closed.</summary>
    public double Open => Opened - Closed < 0 ? 0 : Opened - Closed;

    public TrafficCounters Plus(TrafficCounters other) => new TrafficCounters(
        Opened + other.Opened, Closed + other.Closed, SentBytes + other.SentBytes, ReceivedBytes + other.ReceivedBytes,
        Sum(Retransmits, other.Retransmits), Sum(PacketLoss, other.PacketLoss));

    /// <summary>The same counters seen from the other end of the connections: sent and received swap.</summary>
    public TrafficCounters Swapped() => new TrafficCounters(Opened, Closed, ReceivedBytes, SentBytes, Retransmits, PacketLoss);

    private static double? Sum(double? a, double? b) => a is null ? b : b is null ? a : a.Value + b.Value;
}
