using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Infrastructure.CloudFormation;

/// <summary>
/// Turns what the CloudFormation extractors read into <see cref="InfrastructureFacts"/>. Resources whose
/// <c>Condition</c> is known to be false are left out first: they are never created, so they cannot replicate
/// anything or pin anything.
/// </summary>
public static class CloudFormationFacts
{
    public static InfrastructureFacts From(CloudFormationTemplate template)
    {
        var deployed = template with
        {
            Resources = template.Resources.Values
                .Where(resource => ConditionEvaluator.MayExist(resource, template))
                .ToDictionary(resource => resource.LogicalId, StringComparer.Ordinal),
        };
        var endpoints = EndpointValues.Read(deployed).Where(e => !IsRoutingDeclaration(deployed, e.Owner)).ToList();
        var functions = FunctionOwners(deployed);
        var facts = new InfrastructureFacts(
            [.. StackRegion(deployed), .. PropertyRegions(endpoints, functions), .. VariableRegions(endpoints, FunctionEnvironments.Read(deployed), functions)],
            [.. PropertyEndpoints(endpoints, functions)],
            [],
            [.. DynamoDbStores(deployed), .. BucketStores(deployed)],
            [.. FailoverRecords.Read(deployed).Select(Routing)]);
        return Ordered(facts) with { Includes = LocalIncludes.Of(template.Path, deployed.Resources.Values.Select(NestedTemplate)) };
    }

    /// <summary>A nested stack's template, or a SAM application's, when it is a file (before packaging).</summary>
    private static string? NestedTemplate(CfnResource resource) => resource.Type switch
    {
        "AWS::CloudFormation::Stack" => (resource.Properties?["TemplateURL"] as CfnScalar)?.Value,
        "AWS::Serverless::Application" => (resource.Properties?["Location"] as CfnScalar)?.Value,
        _ => null,
    };

    /// <summary>The stack's own Region, stated once at its first resource: every resource is created there.</summary>
    private static IEnumerable<RegionDeclaration> StackRegion(CloudFormationTemplate template) =>
        template.Resources.Values.Select(r => r.Location).Order().Take(1)
            .Select(at => new RegionDeclaration(new IacValue(CfnValue.DeployRegionPlaceholder, at, IsResolved: false), "stack AWS::Region", IsDeployTarget: true));

    /// <summary>Region codes written in resource properties (a global table's replicas) are Regions resources are created in.</summary>
    private static IEnumerable<RegionDeclaration> PropertyRegions(IEnumerable<EndpointValue> values, HashSet<string> functions) =>
        from value in values
        where value.Kind == EndpointValueKind.Region && value.Value.IsLiteral && VariableName(value, functions) is null
        select new RegionDeclaration(Iac(value.Value, value.Location), $"{value.Owner}.{value.PropertyPath}", IsDeployTarget: true);

    private static IEnumerable<EndpointDeclaration> PropertyEndpoints(IEnumerable<EndpointValue> values, HashSet<string> functions) =>
        from value in values
        where value.Kind != EndpointValueKind.Region
        let variable = VariableName(value, functions)
        select variable is null
            ? new EndpointDeclaration(Iac(value.Value, value.Location), $"{value.Owner}.{value.PropertyPath}")
            : new EndpointDeclaration(Iac(value.Value, value.Location), Subject(value.Owner, variable), Workload(value.Owner));

    /// <summary>
    /// A Region given to a function's environment only tells its code which Region to call. Region codes come from
    /// <see cref="EndpointValues"/>, which keeps both alternatives of an <c>Fn::If</c>; <c>AWS_REGION</c> is taken
    /// whatever it holds (<c>!Ref AWS::Region</c>).
    /// </summary>
    private static IEnumerable<RegionDeclaration> VariableRegions(
        IReadOnlyList<EndpointValue> values, IEnumerable<FunctionVariable> variables, HashSet<string> functions)
    {
        var coded = from value in values
                    where value.Kind == EndpointValueKind.Region
                    let variable = VariableName(value, functions)
                    where variable is not null
                    select new RegionDeclaration(Iac(value.Value, value.Location), Subject(value.Owner, variable), IsDeployTarget: false, Workload(value.Owner));
        var placeholders = from variable in variables
                           where variable.Name == "AWS_REGION" && variable.Value is { } value && EndpointValues.KindOf(value.Text) is null
                           select new RegionDeclaration(Iac(variable.Value!, variable.Location), Subject(variable.Owner, variable.Name), IsDeployTarget: false, Workload(variable.Owner));
        return coded.Concat(placeholders);
    }

    private static IEnumerable<DataStoreDeclaration> DynamoDbStores(CloudFormationTemplate template) =>
        from table in DynamoDbTables.Read(template)
        let home = table.Replicas.FirstOrDefault(r => r.Region is { IsDeployRegion: true })
        select new DataStoreDeclaration(
            "dynamodb-table",
            table.LogicalId,
            table.TableName is { } name ? Iac(name, template.Resources[table.LogicalId].Properties?["TableName"]?.Location ?? table.Location) : null,
            home is null ? null : Iac(home.Region!, home.Location),
            [.. table.Replicas.Where(r => r.Region is { IsDeployRegion: false }).Select(r => Iac(r.Region!, r.Location))],
            table.Location);

    private static IEnumerable<DataStoreDeclaration> BucketStores(CloudFormationTemplate template)
    {
        var replicated = BucketReplications.Read(template).Select(r => r.LogicalId).ToHashSet(StringComparer.Ordinal);
        return from bucket in template.Resources.Values
               where bucket.Type == "AWS::S3::Bucket"
               let name = bucket.Properties?["BucketName"]
               let resolved = CloudFormationValues.Resolve(name, template)
               select new DataStoreDeclaration(
                   "s3-bucket",
                   bucket.LogicalId,
                   resolved is null ? null : Iac(resolved, name!.Location),
                   null,
                   [],
                   bucket.Location,
                   HasReplication: replicated.Contains(bucket.LogicalId));
    }

    private static RoutingRecord Routing(FailoverRecord record) => new(
        record.Name is { } name ? Iac(name, record.Location) : new IacValue("{" + record.LogicalId + ".Name}", record.Location, IsResolved: false),
        "failover:" + record.Failover,
        record.HealthCheck is not null,
        record.Location)
    {
        Targets = [.. (record.Targets ?? []).Select(t => t.Value is { } value
            ? Iac(value, t.Location)
            : new IacValue("{" + (t.Resource ?? "unknown") + "}", t.Location, IsResolved: false))],
        Region = record is { SetIdentifier: { } identifier, SetIdentifierLocation: { } at } && RegionInText.Find(identifier) is { } code
            ? new IacValue(code, at)
            : null,
    };

    // A record's targets and what a health check probes are declared for the name, not called by the stack.
    private static bool IsRoutingDeclaration(CloudFormationTemplate template, string owner) =>
        template.Resources.TryGetValue(owner, out var resource)
        && resource.Type is "AWS::Route53::RecordSet" or "AWS::Route53::RecordSetGroup" or "AWS::Route53::HealthCheck";

    private static HashSet<string> FunctionOwners(CloudFormationTemplate template) =>
    [
        "Globals",
        .. template.Resources.Values.Where(r => r.Type is "AWS::Serverless::Function" or "AWS::Lambda::Function").Select(r => r.LogicalId),
    ];

    /// <summary>The variable's name when <paramref name="value"/> is in a function's (or <c>Globals.Function</c>'s) environment.</summary>
    private static string? VariableName(EndpointValue value, HashSet<string> functions)
    {
        var prefix = value.Owner == "Globals" ? "Function.Environment.Variables." : "Environment.Variables.";
        return functions.Contains(value.Owner) && value.PropertyPath.StartsWith(prefix, StringComparison.Ordinal) ? value.PropertyPath[prefix.Length..] : null;
    }

    private static string Subject(string owner, string variable) =>
        owner == "Globals" ? $"Globals.Function env {variable}" : $"function {owner} env {variable}";

    /// <summary>A <c>Globals</c> variable belongs to every function, not to one workload.</summary>
    private static string? Workload(string owner) => owner == "Globals" ? null : owner;

    private static IacValue Iac(CfnValue value, SourceLocation at) => new(value.Text, at, value.IsLiteral);

    private static InfrastructureFacts Ordered(InfrastructureFacts facts) => new(
        [.. facts.Regions.OrderBy(r => r.Region.Location).ThenBy(r => r.Subject, StringComparer.Ordinal)],
        [.. facts.Endpoints.OrderBy(e => e.Value.Location).ThenBy(e => e.Subject, StringComparer.Ordinal)],
        facts.Resolvers,
        [.. facts.DataStores.OrderBy(d => d.Location)],
        [.. facts.RoutingRecords.OrderBy(r => r.Location)]);
}
