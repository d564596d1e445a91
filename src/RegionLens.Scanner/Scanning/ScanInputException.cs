namespace RegionLens.Scanner.Scanning;

/// <summary>The scan cannot start: the path is missing or is not something RegionLens scans. Exit code 2.</summary>
public sealed class ScanInputException(string message) : Exception(message);
