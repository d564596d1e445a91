using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>Project files that try to exhaust the scan are refused, reported with their line, and their C# is still read.</summary>
public sealed class HostileProjectFileTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public async Task AnEntityExpansionBombIsReportedNotExpanded()
    {
        var entities = string.Join('\n', Enumerable.Range(1, 9).Select(level => $"""  <!ENTITY lol{level} "{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}">"""));
        _tree.Write("Bomb/Bomb.csproj", $"""
            <?xml version="1.0"?>
            <!DOCTYPE Project [
              <!ENTITY lol0 "lol">
            {entities}
            ]>
            <Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><AssemblyName>&lol9;</AssemblyName></PropertyGroup></Project>
            """);
        _tree.Write("Bomb/Program.cs", "class Program { const string Url = \"https://bomb.example.com\"; }");

        var result = await RegionLensScanner.ScanAsync(_tree.Root).WaitAsync(TimeSpan.FromSeconds(60));

        var notification = Assert.Single(result.Notifications, n => n.Path == "Bomb/Bomb.csproj");
        Assert.Equal(NotificationLevel.Warning, notification.Level);
        Assert.True(notification.Line == 2, $"line {notification.Line}: {notification.Message}");
        Assert.Contains("could not be loaded", notification.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", notification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProjectFileThatIsNotXmlIsReportedWithItsLineAndItsCodeIsReadBySyntax()
    {
        _tree.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        _tree.Write("Broken/Program.cs", """
            using var http = new System.Net.Http.HttpClient();
            await http.PostAsync("https://hooks.partner.example.com/orders", null);
            """);

        var result = await RegionLensScanner.ScanAsync(_tree.Root);

        var notification = Assert.Single(result.Notifications, n => n.Path == "Broken/Broken.csproj");
        Assert.Equal(3, notification.Line);
        Assert.Contains(result.Dependencies, d => d.Value == "hooks.partner.example.com");
    }

    public void Dispose() => _tree.Dispose();
}
