using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Parallax.Events.Bench.CoderBenchmarks).Assembly).Run(args);
