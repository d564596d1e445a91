using System;
using System.Text.RegularExpressions;
using RegionLens.Core.Classification;

namespace RegionLens.Core.Redaction;

/// <summary>
/// Removes secrets from values before they reach any output: the password of a URL's user info, signature, token
/// and key query parameters (SAS <c>sig</c>, <c>X-Amz-Signature</c>…), password/key pairs of connection strings,
/// the <c>password=</c> option of a Redis configuration string, and AWS access key ids wherever they appear.
/// </summary>
public static class SecretRedactor
{
    public const string Mask = "***";

    // Interpreted (see AwsHostGrammar.Options): only values with '=', '@' or a key-id prefix are searched at all.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // scheme://user:password@host. The password runs to the last '@' before the path or query, so an unescaped '@'
    // inside it (mongodb://app:p@ss@host) does not leave its tail in the output.
    private static readonly Regex UserInfoPassword = new(@"(?<prefix>[a-z][a-z0-9+.-]*://[^/:@\s]*:)(?<secret>[^/?#;\s]+)(?=@)", Options, RegexBudget.Timeout);

    // ?sig=…&X-Amz-Signature=…, and #access_token=… (OAuth implicit-flow fragments).
    private static readonly Regex SecretQueryParameter = new(
        @"(?<prefix>[?&#](?:sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|awsaccesskeyid|token|access_token|id_token|code|key|apikey|api_key|password|pwd|secret|client_secret)=)(?<secret>[^&#\s]+)",
        Options, RegexBudget.Timeout);

    // Password=…; AccountKey=…; SharedAccessKey=… A quoted value ends at its closing quote, not at a ';' inside it
    // (Password="a;b"), which connection-string syntax allows.
    private static readonly Regex SecretConnectionStringPair = new(
        @"(?<prefix>(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|accesskey|accesskeyid|secretkey|secretaccesskey|aws_secret_access_key|secret|token|apikey|clientsecret)\s*=\s*)(?<secret>""[^""]*""|'[^']*'|[^;]+)",
        Options, RegexBudget.Timeout);

    // StackExchange.Redis: host:6380,password=…,ssl=True. Options are separated by commas, so only a comma ends it.
    private static readonly Regex RedisPassword = new(@"(?<prefix>,\s*password\s*=\s*)(?<secret>[^,]+)", Options, RegexBudget.Timeout);

    // An AWS access key id (long-term AKIA, temporary ASIA) names an identity; it is never printed, whatever carries it.
    private static readonly Regex AwsAccessKeyId = new(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant, RegexBudget.Timeout);

    public static string Redact(string value)
    {
        if (string.IsNullOrEmpty(value) || !MayHoldSecret(value))
        {
            return value;
        }

        try
        {
            var redacted = UserInfoPassword.Replace(value, m => m.Groups["prefix"].Value + Mask);
            redacted = SecretQueryParameter.Replace(redacted, m => m.Groups["prefix"].Value + Mask);
            redacted = SecretConnectionStringPair.Replace(redacted, m => m.Groups["prefix"].Value + Mask);
            redacted = RedisPassword.Replace(redacted, m => m.Groups["prefix"].Value + Mask);
            return AwsAccessKeyId.Replace(redacted, Mask);
        }
        catch (RegexMatchTimeoutException)
        {
            // Text too costly to search could still hold a secret: none of it is printed.
            return Mask;
        }
    }

    // What every pattern above needs: a user-info password an '@', a query parameter or a key=value pair an '=', an
    // access key id its prefix. Most values (hosts, URLs without a query) have none, and skip the five searches.
    private static bool MayHoldSecret(string value) =>
        value.IndexOf('=') >= 0 || value.IndexOf('@') >= 0
        || value.IndexOf("AKIA", StringComparison.Ordinal) >= 0 || value.IndexOf("ASIA", StringComparison.Ordinal) >= 0;
}
