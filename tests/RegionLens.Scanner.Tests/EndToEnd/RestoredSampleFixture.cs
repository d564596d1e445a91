using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>The bundled sample, copied and restored once, scanned once, with the tree recorded before and after.</summary>
public sealed class RestoredSampleFixture : IAsyncLifetime
{
    private SampleCopy? _copy;

    internal SampleCopy Copy => _copy!;
    public ScanResult Result { get; private set; } = null!;
    public IReadOnlyList<string> TreeBefore { get; private set; } = [];
    public IReadOnlyList<string> TreeAfter { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _copy = SampleCopy.Of("OutageShaped", restore: true);
        TreeBefore = TreeSnapshot.Take(_copy.Root);
        Result = await RegionLensScanner.ScanAsync(_copy.Root);
        TreeAfter = TreeSnapshot.Take(_copy.Root);
    }

    public Task DisposeAsync()
    {
        _copy?.Dispose();
        return Task.CompletedTask;
    }
}
