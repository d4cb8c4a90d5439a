using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ContentGen.Tests.Infrastructure;

/// <summary>The order-independence tests are only as good as their shuffle.</summary>
public sealed class SeededShuffleTests
{
    private static readonly int[] Items = { 1, 2, 3, 4, 5 };

    [Fact]
    public void The_same_seed_gives_the_same_permutation()
        => Assert.All(Enumerable.Range(0, 100), seed => Assert.Equal(SeededShuffle.Of(Items, seed), SeededShuffle.Of(Items, seed)));

    [Fact]
    public void Every_result_is_a_permutation_of_the_items()
        => Assert.All(Enumerable.Range(0, 100), seed => Assert.Equal(Items, SeededShuffle.Of(Items, seed).Order()));

    [Fact]
    public void Seeds_give_many_orders_not_only_the_identity_and_the_reversal()
    {
        // 5! = 120 orders; 200 seeds of a fair shuffle reach well over half of them.
        var orders = new HashSet<string>(Enumerable.Range(0, 200).Select(seed => string.Join(",", SeededShuffle.Of(Items, seed))));

        Assert.True(orders.Count > 60, "only " + orders.Count + " distinct orders from 200 seeds");
    }
}
