namespace Kmesh.Benchmarks;

public static class NodeLeg
{
    public static int Run(string bpf, string config) => 0;
}
