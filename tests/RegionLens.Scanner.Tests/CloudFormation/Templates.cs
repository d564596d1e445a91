namespace RegionLens.Scanner.Tests.CloudFormation;

/// <summary>Templates shared by the CloudFormation tests; line numbers in the tests count from these texts.</summary>
internal static class Templates
{
    public const string OrdersStack = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: Orders service with a standby Region
        Parameters:
          Region:
            Type: String
            Default: us-west-2
          DomainName:
            Type: String
            Default: orders.example.com
        Mappings:
          Endpoints:
            Payments:
              Url: https://payments.eu-central-1.example.net/
        Resources:
          OrdersTable:
            Type: AWS::DynamoDB::GlobalTable
            Properties:
              TableName: orders
              BillingMode: PAY_PER_REQUEST
              StreamSpecification:
                StreamViewType: NEW_AND_OLD_IMAGES
              KeySchema:
                - { AttributeName: id, KeyType: HASH }
              Replicas:
                - Region: !Ref AWS::Region
                - Region: eu-west-1
          AuditTable:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: !Sub "${AWS::StackName}-audit"
              KeySchema:
                - { AttributeName: id, KeyType: HASH }
          PrimaryHealthCheck:
            Type: AWS::Route53::HealthCheck
            Properties:
              HealthCheckConfig:
                Type: HTTPS
                FullyQualifiedDomainName: !Sub api.${AWS::Region}.${DomainName}
                ResourcePath: /health
          PrimaryRecord:
            Type: AWS::Route53::RecordSet
            Properties:
              HostedZoneName: example.com.
              Name: !Ref DomainName
              Type: CNAME
              TTL: "60"
              SetIdentifier: primary
              Failover: PRIMARY
              HealthCheckId: !Ref PrimaryHealthCheck
              ResourceRecords:
                - orders-alb-123.us-east-1.elb.amazonaws.com
          SecondaryRecord:
            Type: AWS::Route53::RecordSet
            Properties:
              HostedZoneName: example.com.
              Name: !Ref DomainName
              Type: CNAME
              TTL: "60"
              SetIdentifier: secondary
              Failover: SECONDARY
              ResourceRecords:
                - orders-alb-456.eu-west-1.elb.amazonaws.com
          ArchiveBucket:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
              ReplicationConfiguration:
                Role: !GetAtt ReplicationRole.Arn
                Rules:
                  - Id: to-standby
                    Status: Enabled
                    Destination:
                      Bucket: arn:aws:s3:::orders-archive-eu-west-1
                  - Id: to-backup
                    Status: Enabled
                    Destination:
                      Bucket: !GetAtt BackupBucket.Arn
          Settings:
            Type: AWS::SSM::Parameter
            Properties:
              Type: String
              Value: !Join ["", ["https://", !Ref DomainName, "/", !FindInMap [Endpoints, Payments, Url]]]
              Description: !Ref Region
        """;

    public const string OrdersStackJson = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Resources": {
            "OrdersTable": {
              "Type": "AWS::DynamoDB::GlobalTable",
              "Properties": {
                "TableName": "orders",
                "Replicas": [
                  { "Region": { "Ref": "AWS::Region" } },
                  { "Region": "eu-west-1" }
                ]
              }
            }
          }
        }
        """;

    public const string ServerlessStack = """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          TableRegion:
            Type: String
            Default: eu-west-1
        Globals:
          Function:
            Runtime: dotnet8
            Environment:
              Variables:
                AWS_STS_REGIONAL_ENDPOINTS: regional
                TABLE_REGION: !Ref TableRegion
        Resources:
          OrdersFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: Orders::Orders.Function::Handle
              CodeUri: ./src/Orders
              Environment:
                Variables:
                  DYNAMODB_ENDPOINT: !Sub "https://dynamodb.${AWS::Region}.amazonaws.com"
                  QUEUE_URL: !Ref OrdersQueue
          OrdersQueue:
            Type: AWS::SQS::Queue
        """;

    public const string KubernetesManifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: orders
        spec:
          template:
            spec:
              containers:
                - name: orders-api
                  image: orders:1.0
        """;
}
