using System.Runtime.InteropServices;

namespace Parallax.Facts.Bench;

/// <summary>
/// CPU time of the calling thread alone. The process total also counts the JIT's and the GC's background threads,
/// which on a shared 2-core machine made the per-part figures jump between runs.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
            return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        return ClockGetTime(ClockThreadCpuTime, out var ts) == 0 ? (ts.Seconds * 1e3) + (ts.Nanoseconds / 1e6) : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
