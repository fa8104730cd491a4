using System.ComponentModel.DataAnnotations;
using ProStream.Server.Debrid.Torrents;

namespace ProStream.Server.Debrid;

public sealed record AddMagnetRequest(
    [property: StringLength(64)] string? ReleaseId,
    [property: StringLength(MagnetLink.MaxLength)] string? Magnet) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ReleaseId) == string.IsNullOrWhiteSpace(Magnet))
        {
            yield return new ValidationResult("Give either 'releaseId' or 'magnet'.", [nameof(ReleaseId), nameof(Magnet)]);
        }
    }
}

public sealed record UnlockRequest([property: Required, StringLength(AllDebridLinks.MaxLength)] string? Link);

public sealed record DebridFileDto(string Path, long Size, string Link);

public sealed record DebridMagnetDto(
    long Id,
    string Hash,
    string Name,
    bool Ready,
    DebridMagnetStatus Status,
    string? StatusMessage,
    long? Size,
    IReadOnlyList<DebridFileDto>? Files)
{
    public static DebridMagnetDto From(DebridMagnet m) => new(
        m.Id, m.Hash, m.Name, m.Ready, m.Status, m.StatusMessage, m.Size,
        m.Files?.Select(f => new DebridFileDto(f.Path, f.Size, f.Link)).ToList());
}

public sealed record UnlockedLinkDto(string Url, string Filename, long Size)
{
    public static UnlockedLinkDto From(UnlockedLink link) => new(link.Url.AbsoluteUri, link.FileName, link.Size);
}
