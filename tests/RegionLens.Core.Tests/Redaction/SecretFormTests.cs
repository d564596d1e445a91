using RegionLens.Core.Redaction;

namespace RegionLens.Core.Tests.Redaction;

/// <summary>One case per form of secret that the secrets fixture carries, so that a leak names its form.</summary>
public sealed class SecretFormTests
{
    [Fact]
    public void SqlServerPassword() => Assert.Equal(
        "Server=tcp:sql.example.com,1433;User ID=app;Password=***;Encrypt=True",
        SecretRedactor.Redact("Server=tcp:sql.example.com,1433;User ID=app;Password=Pa55word;Encrypt=True"));

    [Fact]
    public void SqlServerPwd() => Assert.Equal(
        "Data Source=sql.example.com;User Id=rpt;Pwd=***",
        SecretRedactor.Redact("Data Source=sql.example.com;User Id=rpt;Pwd=Pa55word"));

    [Fact]
    public void QuotedPasswordWithASemicolonIsMaskedWhole() => Assert.Equal(
        "Server=sql.example.com;Password=***;Database=orders",
        SecretRedactor.Redact("Server=sql.example.com;Password=\"pa;ss\";Database=orders"));

    [Fact]
    public void PostgreSqlKeywordPassword() => Assert.Equal(
        "Host=pg.example.com;Port=5432;Username=app;Password=***",
        SecretRedactor.Redact("Host=pg.example.com;Port=5432;Username=app;Password=Pa55word"));

    [Fact]
    public void PostgreSqlUrl() => Assert.Equal(
        "postgresql://app:***@pg.example.com:5432/ledger",
        SecretRedactor.Redact("postgresql://app:Pa55word@pg.example.com:5432/ledger"));

    [Fact]
    public void MongoDbUserInfo() => Assert.Equal(
        "mongodb://app:***@m0.example.com:27017,m1.example.com:27017/db?replicaSet=rs0",
        SecretRedactor.Redact("mongodb://app:Pa55word@m0.example.com:27017,m1.example.com:27017/db?replicaSet=rs0"));

    [Fact]
    public void MongoDbPasswordWithAnUnescapedAt() => Assert.Equal(
        "mongodb+srv://app:***@cluster0.example.mongodb.net/db",
        SecretRedactor.Redact("mongodb+srv://app:p@ss@cluster0.example.mongodb.net/db"));

    [Fact]
    public void AnAtInTheQueryIsNotAPassword() => Assert.Equal(
        "https://host.example.com:8443?email=a@b.example.com",
        SecretRedactor.Redact("https://host.example.com:8443?email=a@b.example.com"));

    [Fact]
    public void RedisConfigurationPassword() => Assert.Equal(
        "cache.redis.cache.windows.net:6380,password=***,ssl=True,abortConnect=False",
        SecretRedactor.Redact("cache.redis.cache.windows.net:6380,password=Pa55word,ssl=True,abortConnect=False"));

    [Fact]
    public void RedisUrlWithoutUser() => Assert.Equal(
        "rediss://:***@cache.example.com:6380",
        SecretRedactor.Redact("rediss://:Pa55word@cache.example.com:6380"));

    [Fact]
    public void AzureStorageAccountKey() => Assert.Equal(
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=***;EndpointSuffix=core.windows.net",
        SecretRedactor.Redact("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a+b/c==;EndpointSuffix=core.windows.net"));

    [Fact]
    public void AzureStorageSharedAccessSignature() => Assert.Equal(
        "BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=***",
        SecretRedactor.Redact("BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&se=2030-01-01&sig=abc%3D"));

    [Fact]
    public void SasQueryStringKeepsItsExpiry() => Assert.Equal(
        "https://acct.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sr=c&sig=***",
        SecretRedactor.Redact("https://acct.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sr=c&sig=abc%3D"));

    [Fact]
    public void TokenInUserInfo() => Assert.Equal(
        "https://deploy-bot:***@git.example.com/repo.git",
        SecretRedactor.Redact("https://deploy-bot:ghp_token123@git.example.com/repo.git"));

    [Fact]
    public void AwsAccessKeyIdAnywhere() => Assert.Equal(
        "key *** and temporary ***",
        SecretRedactor.Redact("key AKIAIOSFODNN7EXAMPLE and temporary ASIAIOSFODNN7EXAMPLE"));

    [Fact]
    public void AwsSecretAccessKeyPair() => Assert.Equal(
        "Region=eu-west-1;AccessKeyId=***;SecretAccessKey=***",
        SecretRedactor.Redact("Region=eu-west-1;AccessKeyId=AKIAIOSFODNN7EXAMPLE;SecretAccessKey=wJalrXUtnFEMI/K7MDENG"));

    [Fact]
    public void PresignedS3V2Url() => Assert.Equal(
        "https://bucket.s3.amazonaws.com/k?AWSAccessKeyId=***&Expires=1700000000&Signature=***",
        SecretRedactor.Redact("https://bucket.s3.amazonaws.com/k?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1700000000&Signature=abc%2B"));

    [Fact]
    public void BearerTokenQueryParameters() => Assert.Equal(
        "https://api.example.com/v1?access_token=***&x=1 https://maps.example.com/geo?api_key=***",
        SecretRedactor.Redact("https://api.example.com/v1?access_token=tok123&x=1 https://maps.example.com/geo?api_key=key456"));

    [Fact]
    public void TokenInAFragment() => Assert.Equal(
        "https://app.example.com/callback#access_token=***&token_type=bearer",
        SecretRedactor.Redact("https://app.example.com/callback#access_token=tok123&token_type=bearer"));
}
