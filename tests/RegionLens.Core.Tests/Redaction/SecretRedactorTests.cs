using RegionLens.Core.Redaction;

namespace RegionLens.Core.Tests.Redaction;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("https://admin:hunter2@db.example.com:5432/orders", "https://admin:***@db.example.com:5432/orders")]
    [InlineData("https://acct.blob.core.windows.net/c?sv=2024-01-01&sig=AbC%2Bd&se=2026", "https://acct.blob.core.windows.net/c?sv=2024-01-01&sig=***&se=2026")]
    [InlineData("https://b.s3.us-east-1.amazonaws.com/k?X-Amz-Credential=AKIA/x&X-Amz-Signature=f00d", "https://b.s3.us-east-1.amazonaws.com/k?X-Amz-Credential=***&X-Amz-Signature=***")]
    [InlineData("Server=tcp:sql.example.com;Database=orders;User Id=app;Password=s3cr3t;", "Server=tcp:sql.example.com;Database=orders;User Id=app;Password=***;")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=bG9uZ2tleQ==;EndpointSuffix=core.windows.net", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=***;EndpointSuffix=core.windows.net")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=abc=", "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=***")]
    public void SecretsAreMaskedAndTheRestIsKept(string value, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(value));
    }

    [Theory]
    [InlineData("https://dynamodb.us-east-1.amazonaws.com")]
    [InlineData("https://user@example.com/path?region=us-east-1")]
    [InlineData("us-east-1")]
    public void ValuesWithoutSecretsAreUnchanged(string value)
    {
        Assert.Equal(value, SecretRedactor.Redact(value));
    }
}
