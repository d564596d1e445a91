using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>Targets in the order written, each host and port kept once; null additions (unreadable hosts) are skipped.</summary>
internal sealed class TargetList
{
    private readonly List<ConnectionTarget> _targets = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public int Count => _targets.Count;

    public void Add(ConnectionTarget? target)
    {
        if (target is not null && _seen.Add(target.ToString()))
        {
            _targets.Add(target);
        }
    }

    public IReadOnlyList<ConnectionTarget> ToList() => _targets.AsReadOnly();
}
