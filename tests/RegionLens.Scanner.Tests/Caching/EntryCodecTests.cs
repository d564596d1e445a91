using System.Text.Json;
using RegionLens.Core.Model;
using RegionLens.Scanner.Caching;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>The cache entry's binary layout gives back every field it was given, and anything but a whole entry of the
/// current format is refused, so that the scan takes it as a miss.</summary>
public sealed class EntryCodecTests(RestoredOutageSample sample) : IClassFixture<RestoredOutageSample>
{
    /// <summary>Every field set, to something other than its default where it can be, and the nullable ones both ways.</summary>
    private static CacheEntry FullEntry()
    {
        var at = new LocationRecord("/t/src/A.cs", 12, 7);
        var elsewhere = new LocationRecord("/t/src/B.cs", -1, int.MaxValue);
        return new CacheEntry(
            CacheEntry.CurrentFormat,
            "tool\n/t\n/t/T.sln",
            new Dictionary<string, string> { ["/t/T.sln"] = "aa", ["/t/src/A.cs"] = "bb", ["/t/obj/project.assets.json"] = "missing" },
            [new ProjectRecord("/t/src/A.csproj", "A", true, ["/t/src/B.csproj"], false, ["/t/src/A.cs", "/t/src/ü.cs"], "12.0", ["DEBUG", "NET8_0"])],
            [new Notification(NotificationLevel.Warning, "w", "src/A.cs", 3), new Notification(NotificationLevel.Note, "i")],
            new Dictionary<string, FileFacts>
            {
                ["/t/src/A.cs"] = new("shape", ["Add", "GetBySystemName"], true, [new LiteralRecord(2, 4, "\"us-east-1\""), new LiteralRecord(0, 0, "\"\"")]),
                ["/t/src/B.cs"] = new("shape2", [], false, null),
            },
            [
                new DocumentRecord(
                    "/t/src/A.cs", "/t/src/A.csproj",
                    [
                        new EvidenceRecord(EvidenceKind.Region, "us-east-1", "Aws:Region", "RegionEndpoint.GetBySystemName", [at, elsewhere],
                            Confidence.Syntactic, true, false, Origin.Iac),
                        new EvidenceRecord(EvidenceKind.Endpoint, null, null, "sink", [], Confidence.Semantic, false, true, Origin.Iac),
                    ],
                    [new ObservationRecord(ObservationKind.ControlPlaneCall, "detail", [at], Confidence.Syntactic)],
                    [new ClientRecord("AmazonS3Client", RegionSource.Configuration, ["us-east-1", "eu-west-1"], [elsewhere], Confidence.Syntactic)],
                    "failed", ["/t/src/B.cs"], ["Create"], true),
                new DocumentRecord("/t/src/B.cs", "/t/src/A.csproj", [], [], [], null, [], [], false),
            ],
            new Dictionary<string, string> { ["Storage"] = "Storage:Options" })
        {
            Stamps = new Dictionary<string, FileStamp> { ["/t/T.sln"] = new(120, 638_000_000_000_000_000), ["/t/src/A.cs"] = new(0, -5) },
            StampedAt = 638_000_000_123_456_789,
        };
    }

    [Fact]
    public void AnEntryReadBackEqualsTheEntryWritten()
    {
        var entry = FullEntry();

        var read = EntryCodec.Read(EntryCodec.Write(entry));

        Assert.NotNull(read);
        Assert.Equal(JsonSerializer.Serialize(entry), JsonSerializer.Serialize(read));
        Assert.Equal(JsonSerializer.Serialize(entry.Stamps), JsonSerializer.Serialize(read.Stamps));
        Assert.Equal(entry.StampedAt, read.StampedAt);
    }

    public static TheoryData<string> Damages() =>
        ["empty", "header only", "cut short", "a byte of the body changed", "a byte added at the end", "magic changed"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedEntryIsRefused(string damage)
    {
        var bytes = EntryCodec.Write(FullEntry());
        var damaged = damage switch
        {
            "empty" => [],
            "header only" => bytes[..EntryBytes.HeaderLength],
            "cut short" => bytes[..^3],
            "a byte of the body changed" => Flip(bytes, bytes.Length / 2),
            "a byte added at the end" => [.. bytes, 0],
            _ => Flip(bytes, 0),
        };

        Assert.True(Refused(damaged));
    }

    /// <summary>Whole and with a right checksum, but holding a value its enum does not define (written by a build whose
    /// enum had more members): refused rather than handed on to the report.</summary>
    [Fact]
    public void AnEnumValueTheTypeDoesNotDefineIsRefused()
    {
        var entry = FullEntry();
        var bytes = EntryCodec.Write(entry with { LoadNotifications = [new Notification((NotificationLevel)42, "from elsewhere")] });

        Assert.True(Refused(bytes));
    }

    [Fact]
    public void AnEntryOfAnotherFormatIsAMissNotAnError()
    {
        var bytes = EntryCodec.Write(FullEntry() with { Format = CacheEntry.CurrentFormat + 1 });

        Assert.Null(EntryCodec.Read(bytes));
    }

    /// <summary>A damaged entry on disk is a miss: the scan analyses every document again and gives the report a scan
    /// without the cache gives.</summary>
    [Fact]
    public async Task AScanOverADamagedEntryEqualsAColdScan()
    {
        using var tree = new CachedSample(sample);
        var cold = await tree.ScanWithCacheAsync();
        var bytes = File.ReadAllBytes(tree.EntryFile);
        File.WriteAllBytes(tree.EntryFile, Flip(bytes, bytes.Length - 5));

        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.Equal(cold.Analysed, warm.Analysed);
        Assert.Equal(fresh.Json, warm.Json);
        Assert.Equal(fresh.Sarif, warm.Sarif);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x5A;
        return copy;
    }

    private static bool Refused(byte[] bytes)
    {
        try
        {
            return EntryCodec.Read(bytes) is null;
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }
}
