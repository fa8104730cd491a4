using ProStream.Server.Identity;

namespace ProStream.Tests.Identity;

public sealed class SigningKeyStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("prostream-keys").FullName;

    [Fact]
    public void Generated_key_is_kept_and_reused_outside_production()
    {
        var first = SigningKeyStore.Load(new AuthOptions(), _dir, isProduction: false);
        var second = SigningKeyStore.Load(new AuthOptions(), _dir, isProduction: false);

        Assert.Equal(first.Key, second.Key);
        Assert.True(first.Key.Length >= 32);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Path.Combine(_dir, SigningKeyStore.FileName));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }
    }

    [Fact]
    public void Production_without_a_key_refuses_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SigningKeyStore.Load(new AuthOptions(), _dir, isProduction: true));

        Assert.Contains("Auth__SigningKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_short_configured_key_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => SigningKeyStore.Load(new AuthOptions { SigningKey = "too-short" }, _dir, isProduction: true));

        Assert.Contains("at least 32 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_key_wins_over_the_file()
    {
        var key = SigningKeyStore.Load(new AuthOptions { SigningKey = new string('k', 40) }, _dir, isProduction: false);

        Assert.Equal(40, key.Key.Length);
        Assert.False(File.Exists(Path.Combine(_dir, SigningKeyStore.FileName)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
