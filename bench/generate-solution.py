#!/usr/bin/env python3
"""Writes a synthetic solution for measuring a scan: about FILES C# files spread over projects of about
FILES_PER_PROJECT files, one in five projects a service (an executable) that references its share of the libraries.

The C# mixes ordinary code with the surfaces RegionLens follows: AWS and Azure SDK clients, region constants,
configuration reads whose values are in the service's appsettings.json, string interpolation and HttpClient base
addresses. Each service also has its own Terraform, CloudFormation and Kubernetes files under deploy/. The projects
reference no packages, so nothing needs restoring and SDK names are recognised by syntax, as on an unrestored clone.

usage: generate-solution.py OUT --files N [--files-per-project M]
"""
import argparse
import math
import pathlib

REGIONS = ["us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2"]
PROJECT_FILE = (
    '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>{output}<TargetFramework>net10.0</TargetFramework>'
    "<Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>{references}</Project>\n")


def aws_client_file(namespace, name, region):
    """A client pinned to a region by a constant: RegionLens follows the constant into the client's constructor."""
    return f"""using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace {namespace};

public sealed class {name}
{{
    private const string HomeRegion = "{region}";
    private const string TableName = "{name.lower()}-items";

    private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(HomeRegion));

    public async Task<int> CountAsync(string partition, CancellationToken cancellationToken)
    {{
        var request = new QueryRequest
        {{
            TableName = TableName,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> {{ [":pk"] = new AttributeValue(partition) }},
        }};
        var response = await _dynamo.QueryAsync(request, cancellationToken);
        return response.Items.Count;
    }}
{business_logic(name)}}}
"""


def configured_http_file(namespace, name, index):
    """Base addresses read from configuration: the values live in each service's appsettings.json."""
    return f"""using Microsoft.Extensions.Configuration;

namespace {namespace};

public sealed class {name}(IConfiguration configuration)
{{
    private readonly HttpClient _pricing = new() {{ BaseAddress = new Uri(configuration["Upstreams:Pricing"]!) }};
    private readonly HttpClient _inventory = new() {{ BaseAddress = new Uri(configuration.GetValue<string>("Upstreams:Inventory")!) }};

    public async Task<string> QuoteAsync(string sku, CancellationToken cancellationToken)
    {{
        using var response = await _pricing.GetAsync($"quotes/{{sku}}?page={index}", cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }}

    public Task<HttpResponseMessage> StockAsync(string sku, CancellationToken cancellationToken) =>
        _inventory.GetAsync($"stock/{{Uri.EscapeDataString(sku)}}", cancellationToken);
{business_logic(name)}}}
"""


def azure_file(namespace, name, account):
    """Azure clients: a blob endpoint built by interpolation from a constant, and Cosmos from configuration."""
    return f"""using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;

namespace {namespace};

public sealed class {name}
{{
    private const string Account = "{account}";
    private static readonly Uri BlobEndpoint = new($"https://{{Account}}.blob.core.windows.net");

    private readonly BlobServiceClient _blobs = new(BlobEndpoint, new DefaultAzureCredential());
    private readonly CosmosClient _cosmos;

    public {name}(IConfiguration configuration)
    {{
        _cosmos = new CosmosClient(configuration["Cosmos:Endpoint"], new DefaultAzureCredential());
    }}

    public BlobContainerClient Container(string name) => _blobs.GetBlobContainerClient(name);

    public Container Items() => _cosmos.GetContainer("catalog", "items");
{business_logic(name)}}}
"""


def plain_file(namespace, name, index):
    """Most of a real solution is ordinary code with no cloud dependency at all."""
    return f"""namespace {namespace};

public sealed record {name}Line(string Sku, int Quantity, decimal UnitPrice)
{{
    public decimal Total => Quantity * UnitPrice;
}}

public sealed class {name}
{{
    private const int PageSize = {10 + index % 40};
    private readonly List<{name}Line> _lines = [];

    public void Add(string sku, int quantity, decimal unitPrice)
    {{
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        _lines.Add(new {name}Line(sku, quantity, unitPrice));
    }}

    public IEnumerable<IReadOnlyList<{name}Line>> Pages() => _lines.OrderBy(l => l.Sku, StringComparer.Ordinal).Chunk(PageSize);

    public decimal Total() => _lines.Sum(l => l.Total);
{business_logic(name)}}}
"""


def business_logic(name):
    """Ordinary methods every file has, so that files are of a realistic size."""
    return f"""
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Count(string prefix)
    {{
        var total = 0;
        foreach (var pair in _counts)
        {{
            if (pair.Key.StartsWith(prefix, StringComparison.Ordinal))
            {{
                total += pair.Value;
            }}
        }}

        return total;
    }}

    public void Record(string key) => _counts[key] = _counts.TryGetValue(key, out var count) ? count + 1 : 1;

    public string Describe() => string.Format("{{0}} keys in {{1}}", _counts.Count, nameof({name}));
"""


def source_file(namespace, name, project_index, file_index):
    region = REGIONS[(project_index + file_index) % len(REGIONS)]
    kind = file_index % 6
    if kind == 0:
        return aws_client_file(namespace, name, region)
    if kind == 2:
        return configured_http_file(namespace, name, file_index)
    if kind == 4:
        return azure_file(namespace, name, f"st{project_index:04}{file_index:03}")
    return plain_file(namespace, name, file_index)


def program_file(namespace, libraries):
    uses = "\n".join(f"Console.WriteLine(new {lib}.Service000().Describe());" for lib in libraries[:3])
    return f"""using Microsoft.Extensions.Configuration;

var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: false).AddEnvironmentVariables().Build();
var region = configuration["AWS:Region"];
Console.WriteLine($"{namespace} in {{region}}");
{uses}
"""


def appsettings(service_index):
    region = REGIONS[service_index % len(REGIONS)]
    return f"""{{
  "AWS": {{
    "Region": "{region}"
  }},
  "Upstreams": {{
    "Pricing": "https://pricing.internal.example.net/",
    "Inventory": "https://inventory-{service_index:03}.internal.example.net/"
  }},
  "Cosmos": {{
    "Endpoint": "https://catalog-{service_index:03}.documents.azure.com:443/"
  }},
  "Logging": {{
    "LogLevel": {{
      "Default": "Information"
    }}
  }}
}}
"""


def terraform(service, service_index):
    region = REGIONS[service_index % len(REGIONS)]
    return f"""variable "region" {{
  type    = string
  default = "{region}"
}}

provider "aws" {{
  region = var.region
}}

resource "aws_dynamodb_table" "{service}_items" {{
  name         = "{service}-items"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {{
    name = "pk"
    type = "S"
  }}
}}

resource "aws_s3_bucket" "{service}_exports" {{
  bucket = "{service}-exports"
}}
"""


def cloudformation(service, service_index):
    return f"""AWSTemplateFormatVersion: '2010-09-09'
Description: {service} queue and function.

Parameters:
  StandbyRegion:
    Type: String
    Default: {REGIONS[(service_index + 1) % len(REGIONS)]}

Resources:
  {service.replace('-', '').capitalize()}Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: {service}-work

  {service.replace('-', '').capitalize()}Function:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: dotnet8
      Handler: {service}::Handler
      Code:
        S3Bucket: {service}-code
        S3Key: function.zip
      Role: arn:aws:iam::123456789012:role/{service}
      Environment:
        Variables:
          STANDBY_REGION: !Ref StandbyRegion
          QUEUE_HOST: !Sub sqs.${{AWS::Region}}.amazonaws.com
          PAYMENTS_URL: https://payments.example.net/v2
"""


def kubernetes(service, service_index):
    resolver = "" if service_index % 2 else """      dnsPolicy: None
      dnsConfig:
        nameservers:
          - 10.0.0.2
"""
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {service}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: {service}
  template:
    metadata:
      labels:
        app: {service}
    spec:
{resolver}      containers:
        - name: {service}
          image: registry.example.com/synthetic/{service}:1.0.0
          env:
            - name: Upstreams__Inventory
              value: https://inventory.{service}.svc.cluster.local/
          ports:
            - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: {service}
spec:
  selector:
    app: {service}
  ports:
    - port: 80
      targetPort: 8080
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--files", type=int, required=True, help="C# files in all")
    parser.add_argument("--files-per-project", type=int, default=25)
    args = parser.parse_args()

    projects = max(1, math.ceil(args.files / args.files_per_project))
    services = max(1, projects // 5)
    # Files spread evenly over the projects, so that the total is exactly --files.
    counts = [args.files // projects + (1 if p < args.files % projects else 0) for p in range(projects)]

    out = args.out
    (out / "src").mkdir(parents=True, exist_ok=True)
    (out / "Directory.Build.props").write_text("<Project />\n")
    (out / "Directory.Packages.props").write_text(
        "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n")

    names = [f"Svc{p:03}.Api" if p < services else f"Lib{p:04}" for p in range(projects)]
    libraries_of = {s: [names[p] for p in range(services, projects) if p % services == s] for s in range(services)}
    entries = []
    for p, name in enumerate(names):
        folder = out / "src" / name
        folder.mkdir(parents=True, exist_ok=True)
        is_service = p < services
        references = ""
        if is_service:
            references = "<ItemGroup>" + "".join(
                f'<ProjectReference Include="../{lib}/{lib}.csproj" />' for lib in libraries_of[p]) + "</ItemGroup>"
        output = "<OutputType>Exe</OutputType>" if is_service else ""
        (folder / f"{name}.csproj").write_text(PROJECT_FILE.format(output=output, references=references))
        entries.append(f"src/{name}/{name}.csproj")
        first = 0
        if is_service:
            (folder / "Program.cs").write_text(program_file(name, libraries_of[p]))
            (folder / "appsettings.json").write_text(appsettings(p))
            service = name.lower().replace(".", "-")
            deploy = out / "deploy" / service
            deploy.mkdir(parents=True, exist_ok=True)
            (deploy / "main.tf").write_text(terraform(service, p))
            (deploy / "stack.yaml").write_text(cloudformation(service, p))
            (deploy / "deployment.yaml").write_text(kubernetes(service, p))
            first = 1
        for f in range(first, counts[p]):
            (folder / f"Service{f:03}.cs").write_text(source_file(name, f"Service{f:03}", p, f))

    (out / "Synthetic.slnx").write_text(
        "<Solution>\n" + "".join(f'  <Project Path="{e}" />\n' for e in entries) + "</Solution>\n")
    print(f"{out}: {projects} projects ({services} services), {sum(counts)} C# files, {services} × (Terraform, CloudFormation, Kubernetes)")


if __name__ == "__main__":
    main()
