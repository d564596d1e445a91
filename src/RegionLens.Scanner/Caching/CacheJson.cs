using System.Text.Json.Serialization;

namespace RegionLens.Scanner.Caching;

/// <summary>Serialisation of cache entries generated at build time: a warm scan is short, and reflection-based
/// serialisation would spend a good part of it compiling its own code.</summary>
[JsonSerializable(typeof(CacheEntry))]
internal sealed partial class CacheJson : JsonSerializerContext;
