using System;
using System.IO;

namespace Kmesh.Tests;

/// <summary>The Kmesh example responses copied into this project (Fixtures/, see its README.md).</summary>
public static class Fixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));
}
