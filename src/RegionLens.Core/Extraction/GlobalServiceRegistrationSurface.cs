using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>services.AddAWSService&lt;IAmazonRoute53&gt;()</c> and its Try/Keyed forms (AWSSDK.Extensions.NETCore.Setup)
/// register a client of a global service of <see cref="GlobalServiceEndpoints"/>, named by its interface.</summary>
internal static class GlobalServiceRegistrationSurface
{
    private const string SetupAssembly = "AWSSDK.Extensions.NETCore.Setup";

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not InvocationExpressionSyntax invocation || MethodName(invocation) is not { } method || !IsRegistration(method))
        {
            return;
        }

        var service = GlobalServiceEndpoints.ByInterface(AwsSdkSymbols.LastName(method.TypeArgumentList.Arguments[0]));
        if (service is null)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, invocation,
            symbol => symbol is IMethodSymbol { TypeArguments.Length: 1 } registration
                && registration.ContainingAssembly?.Name == SetupAssembly
                && service.Declares(registration.TypeArguments[0], service.Interface),
            () => true);
        if (confidence is { } found)
        {
            var sink = method.Identifier.Text + "<" + service.Interface + ">";
            context.Add(new Evidence(EvidenceKind.Endpoint, service.Host, null, sink,
                new[] { SyntaxLocations.Of(invocation) }, found));
        }
    }

    private static GenericNameSyntax? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax { Name: GenericNameSyntax name } => name,
        GenericNameSyntax name => name,
        _ => null,
    };

    private static bool IsRegistration(GenericNameSyntax method) =>
        method.TypeArgumentList.Arguments.Count == 1
        && method.Identifier.Text is "AddAWSService" or "TryAddAWSService" or "AddKeyedAWSService" or "TryAddKeyedAWSService";
}
