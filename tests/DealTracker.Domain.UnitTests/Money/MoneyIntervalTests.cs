using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Money;

public sealed class MoneyIntervalTests
{
    private static readonly MoneyInterval _upToFifty = new(0m, 50_000_000_000m);
    private static readonly MoneyInterval _atLeastTen = new(10_000_000_000m, null);
    private static readonly MoneyInterval _atLeastSixty = new(60_000_000_000m, null);
    private static readonly MoneyInterval _exactFifty = new(50_000_000_000m, 50_000_000_000m);
    private static readonly MoneyInterval _fiftyToSixty = new(50_000_000_000m, 60_000_000_000m);
    private static readonly MoneyInterval _upToFive = new(0m, 5_000_000_000m);

    private static readonly MoneyInterval[] _all = [_upToFifty, _atLeastTen, _atLeastSixty, _exactFifty, _fiftyToSixty, _upToFive];

    [Fact]
    public void Intersect_BoundedAndUnbounded_ReturnsCommonPart()
    {
        Assert.Equal(new MoneyInterval(10_000_000_000m, 50_000_000_000m), _upToFifty.Intersect(_atLeastTen));
    }

    [Fact]
    public void Intersect_BothUnbounded_ReturnsUnboundedFromHigherFloor()
    {
        var intersection = _atLeastTen.Intersect(_atLeastSixty);

        Assert.Equal(new MoneyInterval(60_000_000_000m, null), intersection);
        Assert.True(intersection!.Value.IsUnbounded);
    }

    [Fact]
    public void Intersect_TouchingEndpoints_ReturnsSinglePoint()
    {
        Assert.Equal(_exactFifty, _upToFifty.Intersect(_fiftyToSixty));
        Assert.Equal(_exactFifty, _fiftyToSixty.Intersect(_upToFifty));
        Assert.True(_upToFifty.Overlaps(_fiftyToSixty));
    }

    [Fact]
    public void Intersect_UnboundedTouchingBoundedCeiling_ReturnsSinglePoint()
    {
        var floorAtFifty = new MoneyInterval(50_000_000_000m, null);

        Assert.Equal(_exactFifty, floorAtFifty.Intersect(_upToFifty));
        Assert.True(floorAtFifty.Overlaps(_upToFifty));
    }

    [Fact]
    public void Intersect_Disjoint_ReturnsNull()
    {
        Assert.Null(_upToFive.Intersect(_atLeastTen));
        Assert.Null(_upToFifty.Intersect(_atLeastSixty));
        Assert.Null(_exactFifty.Intersect(new MoneyInterval(38_000_000_000m, 38_000_000_000m)));
        Assert.False(_upToFive.Overlaps(_atLeastTen));
    }

    [Fact]
    public void Intersect_JustApart_ReturnsNull()
    {
        var justAbove = new MoneyInterval(50_000_000_000.01m, 60_000_000_000m);

        Assert.Null(_upToFifty.Intersect(justAbove));
        Assert.False(justAbove.Overlaps(_upToFifty));
    }

    [Fact]
    public void Intersect_ContainedInterval_ReturnsInnerInterval()
    {
        var inner = new MoneyInterval(15_000_000_000m, 25_000_000_000m);

        Assert.Equal(inner, _upToFifty.Intersect(inner));
        Assert.Equal(inner, _atLeastTen.Intersect(inner));
    }

    [Fact]
    public void Intersect_AnyPair_IsSymmetric()
    {
        foreach (var a in _all)
        {
            foreach (var b in _all)
            {
                Assert.Equal(a.Intersect(b), b.Intersect(a));
                Assert.Equal(a.Overlaps(b), b.Overlaps(a));
                Assert.Equal(a.Intersect(b) is not null, a.Overlaps(b));
            }

            Assert.Equal(a, a.Intersect(a));
        }
    }

    [Fact]
    public void Contains_ClosedInterval_IncludesBothEnds()
    {
        Assert.True(_fiftyToSixty.Contains(50_000_000_000m));
        Assert.True(_fiftyToSixty.Contains(60_000_000_000m));
        Assert.False(_fiftyToSixty.Contains(49_999_999_999.99m));
        Assert.False(_fiftyToSixty.Contains(60_000_000_000.01m));
    }

    [Fact]
    public void IsUnbounded_NoHigh_True()
    {
        Assert.True(_atLeastTen.IsUnbounded);
        Assert.False(_upToFifty.IsUnbounded);
    }

    [Fact]
    public void IsCeilingOnly_UpToInterval_TrueAndFloorInterval_False()
    {
        Assert.True(_upToFifty.IsCeilingOnly);
        Assert.False(_fiftyToSixty.IsCeilingOnly);
        Assert.False(new MoneyInterval(0m, null).IsCeilingOnly);
    }
}
