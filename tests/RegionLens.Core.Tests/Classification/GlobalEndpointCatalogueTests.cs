using System.IO;
using System.Linq;
using System.Text.Json;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>rules/global-endpoints.json as embedded in the core: it loads, every entry has a sound shape, and the
/// reader refuses malformed text (a bad file is a build-time bug, never a silent gap at run time).</summary>
public class GlobalEndpointCatalogueTests
{
    private static readonly string[] Scopes = { "GlobalHomed", "GlobalEdge", "Global" };

    [Fact]
    public void The_embedded_file_loads()
    {
        var catalogue = GlobalEndpointCatalogue.Instance;

        Assert.NotEmpty(catalogue.Hosts);
        Assert.NotEmpty(catalogue.SdkClients);
    }

    [Fact]
    public void An_independent_json_parser_reads_the_same_entries()
    {
        using var document = JsonDocument.Parse(EmbeddedText());
        var hosts = document.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("host").GetString()).ToList();
        var clients = document.RootElement.GetProperty("sdkClients").GetArrayLength();

        Assert.Equal(hosts, GlobalEndpointCatalogue.Instance.Hosts.Select(h => h.Host));
        Assert.Equal(clients, GlobalEndpointCatalogue.Instance.SdkClients.Count);
    }

    [Fact]
    public void Every_entry_has_a_sound_shape()
    {
        foreach (var entry in GlobalEndpointCatalogue.Instance.Hosts)
        {
            Assert.Equal("aws", entry.Provider);
            Assert.StartsWith("DOMAIN §", entry.Source);
            Assert.False(string.IsNullOrWhiteSpace(entry.Service), entry.Host);
            Assert.Contains(entry.Partition, TestRegions.AwsRegions.Select(r => r.Partition));
            Assert.Equal(entry.Scope == EndpointScope.GlobalHomed, entry.HomeRegion is not null);
            if (entry.HomeRegion is { } home)
            {
                // The home region is a real region of the entry's own partition.
                Assert.Equal(entry.Partition, TestRegions.Aws.FindByCode(home)?.Partition);
            }
        }
    }

    [Fact]
    public void Every_sdk_client_calls_a_host_homed_in_us_east_1()
    {
        foreach (var client in GlobalEndpointCatalogue.Instance.SdkClients)
        {
            var result = TestRegions.Classify(client.Host);

            Assert.StartsWith("Amazon.", client.Namespace);
            Assert.EndsWith("Client", client.Client);
            Assert.StartsWith("IAmazon", client.Interface);
            Assert.StartsWith("DOMAIN §", client.Source);
            Assert.Equal("us-east-1", result.Scope == EndpointScope.GlobalHomed ? result.HomeRegion : result.Region);
        }
    }

    [Theory]
    [InlineData("not json", "a value was expected")]
    [InlineData("""{"version": 1, "hosts": [], "sdkClients": [],}""", "a member name was expected")]
    [InlineData("""{"version": 1, "hosts": [], "sdkClients": []} x""", "text after the value")]
    [InlineData("""{"version": 1, "version": 1}""", "is repeated")]
    [InlineData("""{"version": 2, "hosts": [], "sdkClients": []}""", "version must be 1")]
    [InlineData("""{"version": 1, "hosts": [], "sdkClient": []}""", "unknown member 'sdkClient'")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "homeregion": null}], "sdkClients": []}""", "unknown member 'homeregion'")]
    [InlineData("""{"version": 1, "hosts": [{"host": "A.example"}], "sdkClients": []}""", "not a lower-case host name")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "scope": "Regional"}], "sdkClients": []}""", "scope 'Regional'")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "scope": "GlobalHomed"}], "sdkClients": []}""", "homeRegion must be")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "scope": "GlobalHomed", "homeRegion": null}], "sdkClients": []}""", "needs a homeRegion")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "scope": "GlobalEdge", "homeRegion": "us-east-1"}], "sdkClients": []}""", "needs a homeRegion")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "scope": "GlobalHomed", "homeRegion": "aws-global"}], "sdkClients": []}""", "not a region code")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "provider": "aws", "service": "a", "partition": "aws", "scope": "Global", "homeRegion": null, "fips": "yes"}], "sdkClients": []}""", "'fips' must be true or false")]
    [InlineData("""{"version": 1, "hosts": [{"host": "a.example", "scope": "Global", "homeRegion": null}], "sdkClients": []}""", "'provider' is required")]
    public void Malformed_text_is_refused(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => GlobalEndpointCatalogue.Parse(json));

        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_host_listed_twice_is_refused()
    {
        const string Entry = """{"host": "a.example", "provider": "aws", "service": "a", "partition": "aws", "scope": "Global", "homeRegion": null, "source": "DOMAIN §2"}""";

        var error = Assert.Throws<InvalidDataException>(
            () => GlobalEndpointCatalogue.Parse($$"""{"version": 1, "hosts": [{{Entry}}, {{Entry}}], "sdkClients": []}"""));

        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void The_reader_decodes_string_escapes()
    {
        var value = JsonText.Parse("""{"a": "x\"\\\/\n\u00e9", "b": [true, false, null, -1.5e2]}""");

        var members = Assert.IsType<System.Collections.Generic.Dictionary<string, object?>>(value);
        Assert.Equal("x\"\\/\n\u00e9", members["a"]);
        Assert.Equal(new object?[] { true, false, null, -150d }, Assert.IsType<System.Collections.Generic.List<object?>>(members["b"]));
    }

    private static string EmbeddedText()
    {
        using var stream = typeof(EndpointClassifier).Assembly.GetManifestResourceStream(GlobalEndpointCatalogue.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }
}
