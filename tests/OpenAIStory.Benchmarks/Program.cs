using BenchmarkDotNet.Running;
using OpenAIStory.Benchmarks;

if (args is ["static-server", var directory, var port])
{
    await StaticServer.RunAsync(directory, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
