using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SupplyFilterTests
{
    private static SupplyPosting Offer(string region = "DE-BY", decimal? cost = 500, string currency = "EUR") =>
        new(1, "offer", 1) { Regions = [region], CostAmount = cost, CostCurrency = currency, Languages = ["de"], EqfLevel = 5, Hours = 40 };

    [Theory]
    [InlineData("DE", "DE-BY", true)]
    [InlineData("DE", "DE", true)]
    [InlineData("de", "DE-BY", true)]
    [InlineData("DE-BY", "DE", false)]
    [InlineData("DE", "DEU", false)]
    [InlineData("AT", "DE-BY", false)]
    public void A_country_matches_itself_and_its_subdivisions(string wanted, string offered, bool matches) =>
        Assert.Equal(matches, new SupplyFilter { Regions = [wanted] }.Matches(Offer(offered)));

    [Fact]
    public void A_cost_cap_excludes_other_currencies_and_unpriced_credentials()
    {
        var cap = new SupplyFilter { MaxCost = 1000m, CostCurrency = "EUR" };
        Assert.True(cap.Matches(Offer(cost: 1000m)));
        Assert.False(cap.Matches(Offer(cost: 1000.01m)));
        Assert.False(cap.Matches(Offer(cost: 10m, currency: "USD")));
        Assert.False(cap.Matches(Offer(cost: null)));
        Assert.Throws<ArgumentException>(() => new SupplyFilter { MaxCost = 5m }.Matches(Offer()));
    }

    [Fact]
    public void Published_is_the_default_status()
    {
        Assert.True(SupplyFilter.Default.Matches(Offer()));
        Assert.False(SupplyFilter.Default.Matches(Offer() with { Status = CredentialStatus.Draft }));
        Assert.True(new SupplyFilter { Statuses = [CredentialStatus.Draft] }.Matches(Offer() with { Status = CredentialStatus.Draft }));
    }

    [Fact]
    public void Caps_and_lists_apply_and_a_missing_value_fails_a_cap()
    {
        Assert.True(new SupplyFilter { MaxEqfLevel = 5, MaxHours = 40, Languages = ["en", "DE"], Types = [CredentialType.MicroCredential], ProviderIds = [1] }.Matches(Offer()));
        Assert.False(new SupplyFilter { MaxEqfLevel = 4 }.Matches(Offer()));
        Assert.False(new SupplyFilter { MaxDurationDays = 30 }.Matches(Offer()));
        Assert.False(new SupplyFilter { DeliveryModes = [DeliveryMode.Online] }.Matches(Offer()));
        Assert.False(new SupplyFilter { Languages = ["fr"] }.Matches(Offer()));
        Assert.False(new SupplyFilter { ProviderIds = [2] }.Matches(Offer()));
    }
}
