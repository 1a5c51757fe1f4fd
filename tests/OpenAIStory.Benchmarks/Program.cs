using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(OpenAIStory.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
