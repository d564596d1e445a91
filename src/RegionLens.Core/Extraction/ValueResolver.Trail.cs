using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RegionLens.Core.Extraction;

public sealed partial class ValueResolver
{
    /// <summary>The declarations a resolution has passed through: it stops at <see cref="MaxDepth"/> and never
    /// enters the same declaration twice on one path (a recursive method, <c>x = x + "/"</c> in a loop).</summary>
    private sealed class Trail
    {
        public static readonly Trail Start = new(0, ImmutableHashSet.Create<ISymbol>(SymbolEqualityComparer.Default));

        private readonly int _depth;
        private readonly ImmutableHashSet<ISymbol> _visited;

        private Trail(int depth, ImmutableHashSet<ISymbol> visited)
        {
            _depth = depth;
            _visited = visited;
        }

        /// <summary>Null when the declaration may not be entered from here.</summary>
        public Trail? Enter(ISymbol symbol) =>
            _depth >= MaxDepth || _visited.Contains(symbol) ? null : new Trail(_depth + 1, _visited.Add(symbol));
    }
}
