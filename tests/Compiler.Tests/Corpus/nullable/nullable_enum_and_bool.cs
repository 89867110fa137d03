using System;

public static class Program
{
    enum Mode { Kernel, Dual }

    sealed class Settings
    {
        public Mode? Mode { get; set; }
        public bool? Bypass { get; set; }
        public double? CpuLimit { get; set; }
    }

    static string Show(Settings s) =>
        $"mode={s.Mode?.ToString() ?? "auto"} bypass={(s.Bypass == true ? "on" : s.Bypass == false ? "off" : "unset")} cpu=[{s.CpuLimit:F1}] [{s.CpuLimit:P0}]";

    public static void Main()
    {
        Console.WriteLine(Show(new Settings()));
        Console.WriteLine(Show(new Settings { Mode = Mode.Dual, Bypass = false, CpuLimit = 0.25 }));
        Console.WriteLine(Show(new Settings { Mode = Mode.Kernel, Bypass = true, CpuLimit = 2 }));
        Mode? m = null;
        Console.WriteLine(m == Mode.Kernel);
        m = Mode.Kernel;
        Console.WriteLine(m == Mode.Kernel);
        Console.WriteLine((int?)m);
        bool? b = null;
        Console.WriteLine(b.HasValue || b.GetValueOrDefault());
        (int X, int Y)? point = null;
        Console.WriteLine(point?.X ?? -1);
        point = (3, 4);
        Console.WriteLine(point.Value.X + point.Value.Y);
    }
}
