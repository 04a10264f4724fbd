using System.Diagnostics;

namespace Parallax.Knowledge.Bench;

/// <summary>
/// Wall and CPU time per corpus over five batches of ten rounds. On a shared machine the CPU time (of the whole
/// process, so GC and JIT threads count too) is the per-core rate; the best batch is the one least disturbed by others.
/// </summary>
public static class Quick
{
    private const int Batches = 5;
    private const int Rounds = 10;

    public static void Run(string name, Func<int> run)
    {
        for (var i = 0; i < 3; i++)
            run();
        var cpu = new double[Batches];
        var wall = new double[Batches];
        int[] gcs = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var b = 0; b < Batches; b++)
        {
            var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
                run();
            wall[b] = sw.Elapsed.TotalSeconds / Rounds;
            cpu[b] = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds / Rounds;
        }

        const int total = Batches * Rounds;
        Array.Sort(cpu);
        Array.Sort(wall);
        var mentions = ResolutionBenchmarks.MentionCount;
        Console.WriteLine($"{name}: cpu per corpus median {cpu[Batches / 2] * 1000:F1} ms ({mentions / cpu[Batches / 2]:N0} mentions/s per core), " +
            $"best {cpu[0] * 1000:F1} ms ({mentions / cpu[0]:N0}/s); wall median {wall[Batches / 2] * 1000:F1} ms ({mentions / wall[Batches / 2]:N0}/s)");
        Console.WriteLine($"    per corpus {(GC.GetAllocatedBytesForCurrentThread() - allocated) / total / 1e6:F1} MB allocated, collections " +
            $"{(GC.CollectionCount(0) - gcs[0]) / (double)total:F1}/{(GC.CollectionCount(1) - gcs[1]) / (double)total:F1}/{(GC.CollectionCount(2) - gcs[2]) / (double)total:F1} (gen 0/1/2), " +
            $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / total:F1} ms paused (wall)");
    }
}
