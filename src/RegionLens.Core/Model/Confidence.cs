namespace RegionLens.Core.Model;

/// <summary>How a value was recognised: with symbols bound (<see cref="Semantic"/>), or by the shape of the
/// syntax alone because the project's references did not resolve (<see cref="Syntactic"/>).</summary>
public enum Confidence
{
    Semantic,
    Syntactic,
}
