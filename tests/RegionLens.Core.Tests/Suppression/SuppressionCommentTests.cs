using RegionLens.Core.Suppression;

namespace RegionLens.Core.Tests.Suppression;

/// <summary>The shared reading of suppression comments; the scanner's and the analyzer's tests cover their use.</summary>
public sealed class SuppressionCommentTests
{
    private static readonly DateTime Today = new(2026, 6, 1);

    [Fact]
    public void ACommentIsReadIntoScopeRulesDateAndReason()
    {
        var directive = SuppressionComment.Parse(" regionlens-disable-next-line rl0001, RL0003 until=2026-06-01 -- audit table", Today)!;

        Assert.True(directive.IsValid);
        Assert.Equal(DirectiveScope.NextLine, directive.Scope);
        Assert.Equal(1, directive.Offset);
        Assert.Equal(["RL0001", "RL0003"], directive.RuleIds);
        Assert.Equal(new DateTime(2026, 6, 1), directive.Until);
        Assert.Equal("audit table", directive.Justification);
    }

    [Theory]
    [InlineData(" regionlens-disable-line RL0001 until=2026-05-31", "suppression of RL0001 expired on 2026-05-31")]
    [InlineData(" regionlens-disable-line RL0001 until=31.05.2026", "suppression comment has an invalid date 'until=31.05.2026': write until=YYYY-MM-DD; it suppresses nothing")]
    [InlineData(" regionlens-disable-line RL9999", "suppression comment names an unknown rule 'RL9999'; it suppresses nothing")]
    [InlineData(" regionlens-disable-line -- why", "suppression comment names no rule: write regionlens-disable-line RL0001 -- reason")]
    public void ACommentThatDoesNotCountSaysWhy(string text, string problem)
    {
        var directive = SuppressionComment.Parse(text, Today)!;

        Assert.False(directive.IsValid);
        Assert.Equal([problem], directive.Problems);
    }

    [Theory]
    [InlineData(" just a comment")]
    [InlineData(" regionlens-disable-next-lines RL0001")]
    public void OtherCommentsAreNotDirectives(string text) => Assert.Null(SuppressionComment.Parse(text, Today));

    [Fact]
    public void TheNextLineWithCodeIsTheFirstAfterTheDirectiveThatCodeTouches()
    {
        Assert.Equal(5, CodeLines.NextAfter(2, [(1, 1), (5, 5), (6, 6)]));
        Assert.Equal(3, CodeLines.NextAfter(2, [(1, 4)]));
        Assert.Equal(0, CodeLines.NextAfter(2, [(1, 2)]));
    }
}
