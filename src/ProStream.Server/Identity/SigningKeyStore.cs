using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ProStream.Server.Identity;

/// <summary>
/// Finds the JWT signing key: the configured one, else (outside Production) one generated once and
/// kept in the data directory so tokens survive a restart.
/// </summary>
internal static class SigningKeyStore
{
    public const string FileName = "jwt-signing.key";
    private const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey Load(AuthOptions options, string dataDir, bool isProduction)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Encoding.UTF8.GetBytes(options.SigningKey);
            if (configured.Length < MinimumKeyBytes)
            {
                throw new InvalidOperationException(
                    $"Auth:SigningKey must be at least {MinimumKeyBytes} bytes long (it is {configured.Length}).");
            }

            return new SymmetricSecurityKey(configured);
        }

        if (isProduction)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey is required in Production. Set Auth__SigningKey to a random secret of at least 32 bytes " +
                "(for example: openssl rand -base64 48).");
        }

        return new SymmetricSecurityKey(LoadOrCreate(Path.Combine(dataDir, FileName)));
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600, not chmod-ed after: the key is never readable by others, not even for a moment.
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new StreamWriter(temporary, System.Text.Encoding.ASCII, create))
        {
            file.Write(Convert.ToBase64String(key));
        }

        File.Move(temporary, path, overwrite: false);
        return key;
    }
}
