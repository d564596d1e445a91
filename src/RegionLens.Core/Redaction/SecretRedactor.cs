using System.Text.RegularExpressions;

namespace RegionLens.Core.Redaction;

/// <summary>
/// Removes secrets from values before they reach any output: the password of a URL's user info, signature, token
/// and key query parameters (SAS <c>sig</c>, <c>X-Amz-Signature</c>…), and password/key pairs of connection strings.
/// </summary>
public static class SecretRedactor
{
    public const string Mask = "***";

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // scheme://user:password@host
    private static readonly Regex UserInfoPassword = new(@"(?<prefix>[a-z][a-z0-9+.-]*://[^/:@\s]*:)(?<secret>[^@/\s]+)(?=@)", Options);

    // ?sig=…&X-Amz-Signature=…
    private static readonly Regex SecretQueryParameter = new(
        @"(?<prefix>[?&](?:sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|token|access_token|code|key|apikey|api_key|password|pwd|secret|client_secret)=)(?<secret>[^&#\s]+)",
        Options);

    // Password=…; AccountKey=…; SharedAccessKey=…
    private static readonly Regex SecretConnectionStringPair = new(
        @"(?<prefix>(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|accesskey|secretkey|secret|token|apikey|clientsecret)\s*=\s*)(?<secret>[^;]+)",
        Options);

    public static string Redact(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var redacted = UserInfoPassword.Replace(value, m => m.Groups["prefix"].Value + Mask);
        redacted = SecretQueryParameter.Replace(redacted, m => m.Groups["prefix"].Value + Mask);
        return SecretConnectionStringPair.Replace(redacted, m => m.Groups["prefix"].Value + Mask);
    }
}
