using System;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>
/// The dumps every daemon of a cluster answers with (istiod sends every daemon the whole mesh), rendered once:
/// the large scenario's dual-engine dump is megabytes of JSON.
/// </summary>
public sealed class SharedDumps
{
    private readonly Lazy<MeshIndex> index;
    private readonly Lazy<byte[]> dualEngineConfig;
    private readonly Lazy<byte[]> dualEngineBpf;
    private readonly Lazy<byte[]> kernelNativeConfig;
    private readonly Lazy<byte[]> kernelNativeBpf;

    public SharedDumps(ClusterModel model)
    {
        index = new Lazy<MeshIndex>(() => new MeshIndex(model));
        dualEngineConfig = new Lazy<byte[]>(() => GoJson.Indented(DualEngineConfigDump.Build(model, index.Value), 4));
        dualEngineBpf = new Lazy<byte[]>(() => GoJson.Indented(DualEngineBpfDump.Build(model, index.Value), 4));
        kernelNativeConfig = new Lazy<byte[]>(() => GoJson.Indented(KernelNativeDump.Build(index.Value, fromBpf: false), 2));
        kernelNativeBpf = new Lazy<byte[]>(() => GoJson.Indented(KernelNativeDump.Build(index.Value, fromBpf: true), 2));
    }

    public MeshIndex Index => index.Value;
    public byte[] DualEngineConfig => dualEngineConfig.Value;
    public byte[] DualEngineBpf => dualEngineBpf.Value;
    public byte[] KernelNativeConfig => kernelNativeConfig.Value;
    public byte[] KernelNativeBpf => kernelNativeBpf.Value;
}
