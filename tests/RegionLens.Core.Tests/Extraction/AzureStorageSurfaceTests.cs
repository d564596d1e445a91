namespace RegionLens.Core.Tests.Extraction;

/// <summary>Storage clients made from connection strings, the RA-GRS secondary, and the clients made from URIs
/// (Storage, Key Vault) that <c>UriSurface</c> reports, compiled against the Azure Storage and Key Vault packages.</summary>
public sealed class AzureStorageSurfaceTests
{
    [Fact]
    public void ConnectionStringsAreTheServiceEndpointTheyName()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Storage.cs", """
            using Azure.Data.Tables;
            using Azure.Storage.Blobs;
            using Azure.Storage.Queues;

            public static class Storage
            {
                private const string Account = "DefaultEndpointsProtocol=https;AccountName=ordersdata;AccountKey=c2VjcmV0LWtleQ==;EndpointSuffix=core.windows.net";

                public static BlobServiceClient Blobs() => new BlobServiceClient(Account);
                public static QueueServiceClient Queues() => new QueueServiceClient(Account);
                public static TableServiceClient Tables() => new TableServiceClient(Account);
                public static BlobContainerClient Container() => new BlobContainerClient("AccountName=archive;AccountKey=c2VjcmV0;EndpointSuffix=core.usgovcloudapi.net", "invoices");
                public static BlobClient Blob() => new BlobClient("BlobEndpoint=https://files.contoso.com/;SharedAccessSignature=sv=2025-01-05&sig=c2VjcmV0", "invoices", "2026.pdf");
                public static QueueClient Local() => new QueueClient("UseDevelopmentStorage=true", "orders");
                public static TableClient Ledger() => new TableClient("DefaultEndpointsProtocol=https;AccountName=ledger;AccountKey=c2VjcmV0;TableEndpoint=https://ledger.table.cosmos.azure.com:443/;", "entries");
            }
            """));

        var found = Collect.From(compilation);

        Collect.AssertLines(
        [
            "Endpoint https://ordersdata.blob.core.windows.net BlobServiceClient @ Storage.cs:7:36, Storage.cs:9:48",
            "Endpoint https://ordersdata.queue.core.windows.net QueueServiceClient @ Storage.cs:7:36, Storage.cs:10:50",
            "Endpoint https://ordersdata.table.core.windows.net TableServiceClient @ Storage.cs:7:36, Storage.cs:11:50",
            "Endpoint https://archive.blob.core.usgovcloudapi.net BlobContainerClient @ Storage.cs:12:78",
            "Endpoint https://files.contoso.com/ BlobClient @ Storage.cs:13:55",
            "Endpoint http://127.0.0.1:10001 QueueClient @ Storage.cs:14:58",
            "Endpoint https://ledger.table.cosmos.azure.com:443/ TableClient @ Storage.cs:15:59",
        ], found);
        Assert.DoesNotContain(found, line => line.Contains("c2VjcmV0", StringComparison.Ordinal) || line.Contains("AccountKey", StringComparison.Ordinal));
    }

    [Fact]
    public void ConnectionStringsReadFromConfigurationStayKeys()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Configured.cs", """
            using Azure.Storage.Blobs;
            using Microsoft.Extensions.Configuration;

            public static class Configured
            {
                public static BlobServiceClient Named(IConfiguration configuration) => new BlobServiceClient(configuration.GetConnectionString("Storage"));
                public static BlobServiceClient Keyed(IConfiguration configuration) => new BlobServiceClient(configuration["Storage:ConnectionString"]);
                public static BlobServiceClient Unknown(string connectionString) => new BlobServiceClient(connectionString);
                public static BlobServiceClient Partial(string key) => new BlobServiceClient($"AccountName=ordersdata;AccountKey={key}");
            }
            """));

        // GetConnectionString is a surface of its own, so the read is reported twice: as read, and as the client's
        // endpoint. The unknown key of a partly known connection string is located nowhere: nothing writes it.
        Collect.AssertLines(
        [
            "Endpoint config:ConnectionStrings:Storage BlobServiceClient @ Configured.cs:6:98",
            "Endpoint config:ConnectionStrings:Storage GetConnectionString @ Configured.cs:6:98",
            "Endpoint config:Storage:ConnectionString BlobServiceClient @ Configured.cs:7:98",
            "Endpoint https://ordersdata.blob.core.windows.net BlobServiceClient @ Configured.cs:9:82",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ClientsMadeFromUrisAreReportedOnceAsUris()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Uris.cs", """
            using System;
            using Azure.Identity;
            using Azure.Security.KeyVault.Secrets;
            using Azure.Storage.Blobs;

            public static class Uris
            {
                public static BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://ordersdata.blob.core.windows.net"), new DefaultAzureCredential());
                public static SecretClient Vault() => new SecretClient(new Uri("https://orders-kv.vault.azure.net/"), new DefaultAzureCredential());
                public static BlobContainerClient Container(Uri container) => new BlobContainerClient(container, new DefaultAzureCredential());
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://ordersdata.blob.core.windows.net Uri @ Uris.cs:8:78",
            "Endpoint https://orders-kv.vault.azure.net/ Uri @ Uris.cs:9:68",
        ], Collect.From(compilation));
    }

    [Fact]
    public void GeoRedundantSecondariesAreEndpointsOfTheOptions()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Secondary.cs", """
            using System;
            using Azure.Storage.Blobs;
            using Azure.Storage.Queues;

            public static class Secondary
            {
                public static BlobClientOptions InPlace() => new BlobClientOptions { GeoRedundantSecondaryUri = new Uri("https://ordersdata-secondary.blob.core.windows.net") };
                public static QueueClientOptions Passed(Uri secondary) => new QueueClientOptions { GeoRedundantSecondaryUri = secondary };
                public static QueueClientOptions Caller() => Passed(new Uri("https://ordersdata-secondary.queue.core.windows.net"));
            }
            """));

        // Written in place, the URI is UriSurface's; passed in, the options name where it is consumed.
        Collect.AssertLines(
        [
            "Endpoint https://ordersdata-secondary.blob.core.windows.net BlobClientOptions.GeoRedundantSecondaryUri @ Secondary.cs:7:109",
            "Endpoint https://ordersdata-secondary.queue.core.windows.net QueueClientOptions.GeoRedundantSecondaryUri @ Secondary.cs:9:65, Secondary.cs:8:88",
            "Endpoint https://ordersdata-secondary.queue.core.windows.net Uri @ Secondary.cs:9:65",
        ], Collect.From(compilation));
    }

    [Fact]
    public void UserTypesNamedLikeStorageTypesAreNotStorage()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Acme.cs", """
            using System;

            namespace Acme
            {
                public sealed class BlobServiceClient
                {
                    public BlobServiceClient(string connectionString) { }
                }

                public sealed class MirrorOptions
                {
                    public Uri? GeoRedundantSecondaryUri { get; set; }
                }

                public static class Uses
                {
                    private static readonly Uri Mirror = new UriBuilder("https", "mirror.example.net").Uri;

                    public static BlobServiceClient Client() => new BlobServiceClient("AccountName=ordersdata;AccountKey=c2VjcmV0");
                    public static MirrorOptions Options() => new MirrorOptions { GeoRedundantSecondaryUri = Mirror };
                }
            }
            """));

        // The URI built for the user's options is still a URI; only its use by them is not the storage option.
        Collect.AssertLines(
        [
            "Endpoint https://mirror.example.net UriBuilder @ Acme.cs:17:70",
        ], Collect.From(compilation));
    }

    [Fact]
    public void UnrestoredStorageProjectsAreReadByShape()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using System;
            using Azure.Data.Tables;
            using Azure.Storage.Blobs;

            public static class Unbound
            {
                private static readonly Uri Mirror = new UriBuilder("https", "ordersdata-secondary.blob.core.windows.net").Uri;

                public static object Blobs() => new BlobServiceClient("AccountName=ordersdata;AccountKey=c2VjcmV0");
                public static object Tables(string connectionString) => new TableServiceClient(connectionString);
                public static object Local() => Tables("UseDevelopmentStorage=true");
                public static object FromUri(Uri endpoint) => new BlobServiceClient(endpoint);
                public static void Secondary(BlobClientOptions options) => options.GeoRedundantSecondaryUri = Mirror;
            }
            """));

        var found = Collect.From(compilation);

        Collect.AssertLines(
        [
            "Endpoint https://ordersdata-secondary.blob.core.windows.net UriBuilder @ Unbound.cs:7:66",
            "Endpoint https://ordersdata.blob.core.windows.net BlobServiceClient @ Unbound.cs:9:59 (syntactic)",
            "Endpoint http://127.0.0.1:10002 TableServiceClient @ Unbound.cs:11:44, Unbound.cs:10:61 (syntactic)",
            "Endpoint https://ordersdata-secondary.blob.core.windows.net BlobClientOptions.GeoRedundantSecondaryUri @ Unbound.cs:7:66, Unbound.cs:13:64 (syntactic)",
        ], found);
        Assert.DoesNotContain(found, line => line.Contains("c2VjcmV0", StringComparison.Ordinal));
    }
}
