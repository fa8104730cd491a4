using ProStream.Server.Debrid.AllDebrid;
using ProStream.Server.Debrid.Torrents;

namespace ProStream.Server.Debrid.Availability;

/// <summary>What one batch of checks learned, and the uploads it must remove again.</summary>
internal sealed record InstantCheckResult(Dictionary<string, bool> Known, List<long> NotReadyUploads)
{
    public static InstantCheckResult Nothing => new([], []);
}

/// <summary>
/// One batch of instant checks against AllDebrid, which has no read-only way to ask any more (upstreams.md §3.2:
/// <c>magnet/instant</c> was removed): the magnets are uploaded in one request and each answers <c>ready</c>.
/// Torrents the account is already downloading are not instant and are left alone; the uploads that are not
/// ready are deleted again, so the owner's magnet list keeps only what is ready to stream.
/// </summary>
internal sealed class InstantCheckRun(AllDebridClient allDebrid, InstantCheckGate gate)
{
    private const int DeleteAttempts = 3;

    public async Task<InstantCheckResult> CheckAsync(IReadOnlyList<string> hashes, CancellationToken ct)
    {
        var active = await gate.CallAsync(allDebrid.GetActiveMagnetsAsync, ct);
        if (active is null)
            return InstantCheckResult.Nothing;

        var result = InstantCheckResult.Nothing;
        var downloading = active.Select(m => InfoHash.TryNormalize(m.Hash, out var h) ? h : null).OfType<string>().ToHashSet();
        foreach (var hash in hashes.Where(downloading.Contains))
            result.Known[hash] = false;

        var toUpload = hashes.Where(h => !downloading.Contains(h)).ToList();
        if (toUpload.Count == 0)
            return result;
        var magnets = toUpload.ConvertAll(h => MagnetLink.FromInfoHash(h).ToUri());
        var uploaded = await gate.CallAsync(c => allDebrid.UploadMagnetsAsync(magnets, c), ct);
        var alreadyThere = active.Select(m => m.Id).ToHashSet();
        for (var i = 0; i < Math.Min(toUpload.Count, uploaded?.Count ?? 0); i++)
            Read(uploaded![i], toUpload[i], alreadyThere, result);
        return result;
    }

    /// <summary>Deletes the uploads that were not ready, waiting out a 429 within the caller's budget.</summary>
    public async Task RemoveAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            for (var attempt = 1; attempt <= DeleteAttempts; attempt++)
            {
                if (gate.IsPaused)
                    await Task.Delay(gate.PauseLeft, ct);
                if (await gate.CallAsync(c => allDebrid.DeleteMagnetAsync(id, c), ct) is not null)
                    break;
            }
        }
    }

    /// <summary>An upload answers in input order; its own hash, when given, says which torrent it is.</summary>
    private void Read(AllDebridUploaded item, string asked, HashSet<long> alreadyThere, InstantCheckResult result)
    {
        if (item.Error is { } error)
        {
            gate.Report(error.Code);
            return;
        }

        var hash = InfoHash.TryNormalize(item.Hash, out var theirs) ? theirs : asked;
        var ready = item.Ready == true;
        result.Known[hash] = ready;
        if (!ready && item.Id is long id and > 0 && !alreadyThere.Contains(id))
            result.NotReadyUploads.Add(id);
    }
}
