using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Endpoints written in resource arguments, locals, provider settings and module inputs. A URL counts wherever it is;
/// a bare host or IP address only under an endpoint-like name (<c>endpoint</c>, <c>*_url</c>, <c>host</c>, …) or as an
/// environment variable of a function or container, where it is what the workload calls. <c>AWS_REGION</c> in such an
/// environment is the region the workload calls, not one it is deployed to.
/// </summary>
internal static class TerraformEndpoints
{
    private const int MaxDepth = 64;

    private static readonly HashSet<string> EndpointNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "endpoint", "url", "host", "hostname", "address", "server", "fqdn", "domain_name_servers",
    };

    private static readonly HashSet<string> RegionVariables = new(StringComparer.Ordinal) { "AWS_REGION", "AWS_DEFAULT_REGION" };

    // Handled with their own meaning elsewhere: record targets, resolver lists. What a health check probes is not
    // something the stack calls: it decides where a record points (TerraformRouting), nothing more.
    private static readonly HashSet<string> SkippedTypes = new(StringComparer.Ordinal)
    {
        "aws_route53_record", "aws_route53_health_check", "aws_vpc_dhcp_options",
    };

    public static void Read(TerraformModule module, FactsBuilder facts)
    {
        foreach (var block in module.Blocks.Where(b => b.Kind is "resource" or "data" && !SkippedTypes.Contains(b.Type)))
        {
            Body(new Walk(module, facts, block.Address, block.Path), block.Body, block.Address, environment: false);
        }

        foreach (var call in module.OfKind("module"))
        {
            var inputs = call.Body.Attributes.Where(a => !TerraformModules.MetaArguments.Contains(a.Name));
            var walk = new Walk(module, facts, call.Address, call.Path);
            foreach (var input in inputs)
            {
                Expression(walk, input.Expression, call.Path, $"{call.Address}.{input.Name}", input.Name, environment: false);
            }
        }

        foreach (var provider in module.OfKind("provider"))
        {
            Body(new Walk(module, facts, provider.Address, provider.Path), provider.Body, provider.Address, environment: false);
        }

        foreach (var locals in module.OfKind("locals"))
        {
            var walk = new Walk(module, facts, "locals", locals.Path);
            foreach (var local in locals.Body.Attributes)
            {
                Expression(walk, local.Expression, locals.Path, "local." + local.Name, local.Name, environment: false);
            }
        }
    }

    private static void Body(Walk walk, HclBody body, string subject, bool environment)
    {
        foreach (var attribute in body.Attributes)
        {
            Expression(walk, attribute.Expression, walk.Path, $"{subject}.{attribute.Name}", attribute.Name, environment);
        }

        foreach (var block in body.Blocks)
        {
            Body(walk, block.Body, $"{subject}.{block.Type}", environment || IsEnvironment(block.Type));
        }
    }

    private static void Expression(Walk walk, HclExpression expression, string path, string subject, string name, bool environment, int depth = 0)
    {
        // A local can hold an object that refers back to itself; Terraform rejects that, and the walk must end.
        if (depth > MaxDepth)
        {
            return;
        }

        var resolved = walk.Module.Values.Resolve(expression, path);
        if (resolved?.Expression is not { } target || !walk.Open.Add(target))
        {
            // Already being walked: an object that refers to itself through a local.
            return;
        }

        try
        {
            Descend(walk, resolved, subject, name, environment, depth);
        }
        finally
        {
            walk.Open.Remove(target);
        }
    }

    private static void Descend(Walk walk, ScopedExpression resolved, string subject, string name, bool environment, int depth)
    {
        switch (resolved.Expression)
        {
            case HclObject obj when environment && Item(obj, "name") is { } variable && Item(obj, "value") is { } value:
                // An ECS container's environment: [{ name = "API_URL", value = "https://…" }].
                var variableName = walk.Module.Values.Value(variable, resolved.Path)?.Text ?? "?";
                Expression(walk, value, resolved.Path, $"{subject}.{variableName}", variableName, environment, depth + 1);
                break;
            case HclObject obj:
                foreach (var item in obj.Items)
                {
                    var key = walk.Module.Values.Value(item.Key, resolved.Path)?.Text ?? "?";
                    Expression(walk, item.Value, resolved.Path, $"{subject}.{key}", key, environment || IsEnvironment(key), depth + 1);
                }

                break;
            case HclTuple tuple:
                foreach (var item in tuple.Items)
                {
                    Expression(walk, item, resolved.Path, subject, name, environment, depth + 1);
                }

                break;
            case HclFunctionCall { Name: "jsonencode" or "yamlencode" or "merge" or "tomap" or "tolist" or "concat" } call:
                foreach (var argument in call.Arguments)
                {
                    Expression(walk, argument, resolved.Path, subject, name, environment, depth + 1);
                }

                break;
            case not null:
                Scalar(walk, walk.Module.Values.Value(resolved.Expression, resolved.Path), subject, name, environment);
                break;
        }
    }

    private static void Scalar(Walk walk, IacValue? value, string subject, string name, bool environment)
    {
        if (value is null)
        {
            return;
        }

        if (environment && RegionVariables.Contains(name))
        {
            walk.Facts.Regions.Add(new RegionDeclaration(value, $"{walk.Owner} environment {name}", IsDeployTarget: false));
            return;
        }

        var named = environment || EndpointNames.Contains(name)
            || name.EndsWith("_url", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_endpoint", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("_host", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_hostname", StringComparison.OrdinalIgnoreCase);
        if (EndpointShape.IsUrl(value.Text, EndpointShapeOptions.Placeholders) || (named && EndpointShape.IsEndpoint(value.Text, EndpointShapeOptions.Placeholders)))
        {
            walk.Facts.AddEndpoint(new EndpointDeclaration(value, subject));
        }
    }

    private static bool IsEnvironment(string name) => name is "environment" or "environment_variables" or "app_settings";

    private static HclExpression? Item(HclObject obj, string key) =>
        obj.Items.FirstOrDefault(i => i.Key is HclLiteral literal && literal.Text == key)?.Value;

    /// <summary>What a walk carries: where facts go, and the block (<c>aws_lambda_function.api</c>) it started from.</summary>
    private sealed record Walk(TerraformModule Module, FactsBuilder Facts, string Owner, string Path)
    {
        /// <summary>The expressions on the way down, by reference, so a cycle through locals ends.</summary>
        public HashSet<HclExpression> Open { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
