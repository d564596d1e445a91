namespace RegionLens.Core.Extraction;

/// <summary>A storage service as its connection string and hostnames name it.</summary>
internal sealed class StorageService
{
    public static readonly StorageService Blob = new("blob", "BlobEndpoint", 10000);
    public static readonly StorageService Queue = new("queue", "QueueEndpoint", 10001);
    public static readonly StorageService Table = new("table", "TableEndpoint", 10002);

    private StorageService(string name, string endpointKey, int emulatorPort)
    {
        Name = name;
        EndpointKey = endpointKey;
        EmulatorPort = emulatorPort;
    }

    public string Name { get; }
    public string EndpointKey { get; }
    public int EmulatorPort { get; }
}
