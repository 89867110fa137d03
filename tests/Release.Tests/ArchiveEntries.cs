using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;

namespace Kmesh.Release.Tests;

/// <summary>The entries of a .tar.gz as a reader of the format sees them.</summary>
public static class ArchiveEntries
{
    public static List<(string Name, TarEntryType Type, byte[] Data)> Read(string archive)
    {
        var entries = new List<(string, TarEntryType, byte[])>();
        using var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is TarEntry entry)
        {
            var data = new MemoryStream();
            entry.DataStream?.CopyTo(data);
            entries.Add((entry.Name, entry.EntryType, data.ToArray()));
        }
        return entries;
    }
}
