using ProStream.Server.Identity.ApiKeys;

namespace ProStream.Tests.Identity;

public sealed class ApiKeySecretsTests
{
    [Fact]
    public void A_new_key_is_marked_url_safe_carries_256_random_bits_and_is_never_repeated()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeySecrets.New()).ToList();

        Assert.All(keys, k => Assert.True(ApiKeySecrets.LooksLikeKey(k), k));
        Assert.All(keys, k => Assert.Equal(4 + 43, k.Length));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void The_stored_hash_is_sha256_hex_and_the_prefix_is_the_keys_start()
    {
        const string key = "psk_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeySecrets.Hash("abc"));
        Assert.NotEqual(ApiKeySecrets.Hash(key), ApiKeySecrets.Hash(key + "H"));
        Assert.Equal("psk_abcdefgh", ApiKeySecrets.Prefix(key));
    }

    [Theory]
    [InlineData("psk_abcDEF123-_", true)]
    [InlineData("psk_", false)]
    [InlineData("abc_abcdef", false)]
    [InlineData("PSK_abcdef", false)]
    [InlineData("psk_abc def", false)]
    [InlineData("psk_abc+def/", false)]
    [InlineData("psk_é", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_values_shaped_like_a_key_are_looked_up(string? value, bool looksLikeKey) =>
        Assert.Equal(looksLikeKey, ApiKeySecrets.LooksLikeKey(value));

    [Fact]
    public void Values_longer_than_any_key_are_not_looked_up() =>
        Assert.False(ApiKeySecrets.LooksLikeKey("psk_" + new string('a', ApiKeySecrets.MaxLength)));

    [Theory]
    [InlineData(null, 0, true)]
    [InlineData(0, 0, false)]
    [InlineData(0, 59, false)]
    [InlineData(0, 60, true)]
    [InlineData(0, 3600, true)]
    public void Last_use_is_written_at_most_once_a_minute(int? lastUsedSecond, int nowSecond, bool due)
    {
        var start = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        DateTimeOffset? last = lastUsedSecond is { } s ? start.AddSeconds(s) : null;

        Assert.Equal(due, ApiKeyUsage.IsDue(last, start.AddSeconds(nowSecond)));
        if (last is { } l)
        {
            // The database condition agrees with the rule.
            Assert.Equal(due, l <= ApiKeyUsage.DueBefore(start.AddSeconds(nowSecond)));
        }
    }
}
