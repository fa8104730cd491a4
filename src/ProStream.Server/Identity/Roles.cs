namespace ProStream.Server.Identity;

public static class Roles
{
    public const string Admin = "admin";
    public const string User = "user";

    public static readonly IReadOnlyList<string> All = [Admin, User];

    /// <summary>Authorization policy name for admin-only endpoints.</summary>
    public const string AdminPolicy = "admin";
}
