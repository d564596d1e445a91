using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

public sealed partial class ValueResolver
{
    /// <summary><c>regions[0]</c> of an array or list: a list bound from configuration gives the one element it names
    /// (<c>AWS:Regions:0</c>); any other collection gives each of its elements, as its index is rarely a constant.</summary>
    private IReadOnlyList<ResolvedValue> Indexed(IOperation collection, IOperation index, Trail trail)
    {
        var values = Resolve(collection, collection.Syntax, trail);
        if (index.ConstantValue is not { HasValue: true, Value: int position } || position < 0)
        {
            return values;
        }

        return values.Select(value => value.ConfigKey is { } key && key.EndsWith(ConfigKeys.ElementsSuffix, System.StringComparison.Ordinal)
            ? Element(value, ConfigKeys.Display(key) + ":" + position.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : value).ToList();
    }

    private static ResolvedValue Element(ResolvedValue list, string key) => new("{" + key + "}", false, list.Sources, key, list.IsSyntactic);

    /// <summary>A list's indexer: <c>regions[0]</c> of a <c>List&lt;string&gt;</c>.</summary>
    private IReadOnlyList<ResolvedValue>? FromListIndexer(IPropertyReferenceOperation reference, Trail trail) =>
        reference is { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } list } && ConfigurationReads.IsStringCollection(list.Type)
            ? Indexed(list, reference.Arguments[0].Value, trail)
            : null;
}
