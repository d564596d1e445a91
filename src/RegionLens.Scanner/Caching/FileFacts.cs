using Microsoft.CodeAnalysis;
using RegionLens.Core.Extraction;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// What a C# file offers other files, read from its syntax, so that a re-scan can tell whether an edit to it can
/// change another document's result:
/// <list type="bullet">
/// <item><see cref="Shape"/>, the <see cref="DeclarationShape"/>: the compiler binds other files against declarations
/// only, so an edit that keeps it changes no other file's symbols.</item>
/// <item><see cref="CalledNames"/>, the names under which the call-site index files its calls.</item>
/// <item><see cref="HasBindingCalls"/>, whether it holds a call the options-binding search binds.</item>
/// <item><see cref="Literals"/>, its string literals, for the later stage that reads them (see <see cref="LiteralOnlySource"/>).</item>
/// </list>
/// </summary>
internal sealed record FileFacts(string Shape, IReadOnlyList<string> CalledNames, bool HasBindingCalls, IReadOnlyList<LiteralRecord>? Literals)
{
    public static FileFacts Of(SyntaxTree tree)
    {
        var names = CallSiteIndex.CalledNames(tree).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FileFacts(DeclarationShape.Of(tree.GetRoot()), names, OptionsBindings.HasBindingCalls(tree), LiteralOnlySource.Of(tree));
    }
}
