namespace RegionLens.Core.Classification;

/// <summary>The provider families that <see cref="ConnectionStringParser"/> recognises.</summary>
public static class ConnectionFamily
{
    public const string SqlServer = "sqlserver";
    public const string PostgreSql = "postgresql";
    public const string Redis = "redis";
    public const string MongoDb = "mongodb";
    public const string Kafka = "kafka";
    public const string RabbitMq = "rabbitmq";
    public const string Elasticsearch = "elasticsearch";
    public const string ServiceBus = "servicebus";
    public const string AzureStorage = "azurestorage";
    public const string Cosmos = "cosmos";
}
