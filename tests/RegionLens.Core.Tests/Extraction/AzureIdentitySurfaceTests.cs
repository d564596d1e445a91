namespace RegionLens.Core.Tests.Extraction;

/// <summary>The Entra ID authority host of Azure.Identity credentials (DOMAIN §4.2, §6.1).</summary>
public sealed class AzureIdentitySurfaceTests
{
    [Fact]
    public void AuthorityHostsAreEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Credentials.cs", """
            using System;
            using Azure.Identity;

            public static class Credentials
            {
                public static DefaultAzureCredential Government() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzureGovernment });
                public static ClientSecretCredentialOptions China() => new() { AuthorityHost = AzureAuthorityHosts.AzureChina };
                public static Uri Chosen(bool sovereign) => sovereign ? AzureAuthorityHosts.AzureBleuCloud : AzureAuthorityHosts.AzurePublicCloud;
                public static TokenCredentialOptions Written() => new TokenCredentialOptions { AuthorityHost = new Uri("https://login.microsoftonline.com/") };
                public static void Configured(TokenCredentialOptions options, Uri authority) => options.AuthorityHost = authority;
                public static void Caller() => Configured(new TokenCredentialOptions(), new Uri("https://login.microsoftonline.us/"));
            }
            """));

        // A new Uri(…) written in place is UriSurface's; a URI passed in is named where the options consume it.
        Collect.AssertLines(
        [
            "Endpoint https://login.microsoftonline.us/ AuthorityHost @ Credentials.cs:6:137",
            "Endpoint https://login.chinacloudapi.cn/ AuthorityHost @ Credentials.cs:7:84",
            "Endpoint https://login.sovcloud-identity.fr/ AuthorityHost @ Credentials.cs:8:61",
            "Endpoint https://login.microsoftonline.com/ AuthorityHost @ Credentials.cs:8:98",
            "Endpoint https://login.microsoftonline.com/ AuthorityHost @ Credentials.cs:9:108",
            "Endpoint https://login.microsoftonline.us/ AuthorityHost @ Credentials.cs:11:85, Credentials.cs:10:85",
            "Endpoint https://login.microsoftonline.us/ Uri @ Credentials.cs:11:85",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ComparedHostsAndUserTypesAreNotAuthorityHosts()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Acme.cs", """
            using System;

            namespace Acme
            {
                public static class AzureAuthorityHosts
                {
                    public static Uri AzureGovernment { get; } = new UriBuilder("https", "login.example.net").Uri;
                }

                public sealed class SignInOptions
                {
                    public Uri? AuthorityHost { get; set; }
                }

                public static class Uses
                {
                    public static bool IsChina(Uri host) =>
                        host == Azure.Identity.AzureAuthorityHosts.AzureChina || host.Equals(Azure.Identity.AzureAuthorityHosts.AzureChina);
                    public static Uri Own() => AzureAuthorityHosts.AzureGovernment;
                    public static SignInOptions Options() => new SignInOptions { AuthorityHost = AzureAuthorityHosts.AzureGovernment };
                }
            }
            """));

        // Only the user's own URI, as built; compared or assigned to user types, it names no authority host.
        Collect.AssertLines(
        [
            "Endpoint https://login.example.net UriBuilder @ Acme.cs:7:78",
        ], Collect.From(compilation));
    }

    [Fact]
    public void UnrestoredIdentityProjectsAreReadByShape()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using System;
            using Azure.Identity;

            public static class Unbound
            {
                private static readonly Uri Authority = new UriBuilder("https", "login.microsoftonline.us").Uri;

                public static object Government() => new DefaultAzureCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzureGovernment };
                public static void China(DefaultAzureCredentialOptions options) => options.AuthorityHost = AzureAuthorityHosts.AzureChina;
                public static void Stored(InteractiveBrowserCredentialOptions options) => options.AuthorityHost = Authority;
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://login.microsoftonline.us UriBuilder @ Unbound.cs:6:69",
            "Endpoint https://login.microsoftonline.us/ AuthorityHost @ Unbound.cs:8:94 (syntactic)",
            "Endpoint https://login.chinacloudapi.cn/ AuthorityHost @ Unbound.cs:9:96 (syntactic)",
            "Endpoint https://login.microsoftonline.us AuthorityHost @ Unbound.cs:6:69, Unbound.cs:10:79 (syntactic)",
        ], Collect.From(compilation));
    }
}
