using ProStream.Server.Hosting.Errors;

namespace ProStream.Server.Debrid.AllDebrid;

/// <summary>
/// AllDebrid error codes (upstreams.md §3.8) as problems a viewer or an admin can act on. Account
/// and server-side causes are 502 (ProStream's upstream failed); bad input is 422; unknown ids 404;
/// temporary conditions 503.
/// </summary>
public static class AllDebridErrors
{
    public static UpstreamException ToException(string? code, string? message)
    {
        var (status, detail) = code switch
        {
            "AUTH_BAD_APIKEY" or "AUTH_MISSING_APIKEY" =>
                (502, "AllDebrid rejected the API key (check AllDebrid__ApiKey)."),
            "AUTH_BLOCKED" =>
                (502, "AllDebrid blocked the API key for this new IP address or location; approve it from the e-mail AllDebrid sent to the account owner, then try again."),
            "AUTH_USER_BANNED" => (502, "The AllDebrid account is banned."),
            "AUTH_MISSING_AGENT" or "AUTH_BAD_AGENT" => (502, "AllDebrid refused the agent name (check AllDebrid__Agent)."),
            "NO_SERVER" or "MAGNET_NO_SERVER" =>
                (502, "AllDebrid refuses this request from a server or datacenter IP address. Route AllDebrid traffic through a residential connection by setting AllDebrid__Proxy."),
            "MUST_BE_PREMIUM" or "MAGNET_MUST_BE_PREMIUM" or "FREE_TRIAL_LIMIT_REACHED" =>
                (502, "This needs an active premium AllDebrid subscription; renew it at alldebrid.com."),
            "MAGNET_INVALID_URI" or "MAGNET_NO_URI" => (422, "AllDebrid says the magnet link is not valid."),
            "MAGNET_INVALID_FILE" => (422, "AllDebrid says the .torrent file is not valid."),
            "MAGNET_INVALID_ID" => (404, "AllDebrid has no magnet with this id."),
            "DELAYED_INVALID_ID" => (404, "AllDebrid no longer knows this delayed link."),
            "MAGNET_TOO_MANY_ACTIVE" or "MAGNET_TOO_MANY" =>
                (503, "The AllDebrid account has too many active magnets; remove some or wait for them to finish."),
            "MAGNET_PROCESSING" or "MAGNET_PROCESSING_COOLDOWN" => (503, "AllDebrid is still processing this magnet; try again shortly."),
            "LINK_DOWN" => (502, "The file is no longer available at its host."),
            "LINK_HOST_UNAVAILABLE" or "LINK_TEMPORARY_UNAVAILABLE" or "LINK_HOST_FULL" or "LINK_HOST_LIMIT_REACHED" or "LINK_TOO_MANY_DOWNLOADS" =>
                (503, "The file's host is temporarily unavailable through AllDebrid; try again later."),
            "LINK_PASS_PROTECTED" => (422, "The link is password protected."),
            "LINK_HOST_NOT_SUPPORTED" or "LINK_NOT_SUPPORTED" => (502, "AllDebrid does not support this link's host."),
            "404" => (502, "AllDebrid does not know the endpoint ProStream called; its API may have changed."),
            _ => (502, $"AllDebrid refused the request ({Clip(code) ?? "no code"}: {Clip(message) ?? "no message"})."),
        };

        var exception = new UpstreamException(AllDebridClient.Upstream, status, detail)
        {
            RetryAfterSeconds = status == 503 ? 30 : null,
            Extensions = new Dictionary<string, object?> { ["upstream"] = AllDebridClient.Upstream, ["code"] = Clip(code) },
        };
        return exception;
    }

    /// <summary>The AllDebrid error code an exception from <see cref="ToException"/> carries, if any.</summary>
    public static string? CodeOf(ProblemException exception) =>
        exception.Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Codes saying the account cannot use magnets for now (key, subscription, IP address, quota):
    /// asking again within minutes would fail the same way.</summary>
    public static bool BlocksAccount(string? code) => code is
        "AUTH_BAD_APIKEY" or "AUTH_MISSING_APIKEY" or "AUTH_BLOCKED" or "AUTH_USER_BANNED" or "AUTH_MISSING_AGENT" or "AUTH_BAD_AGENT"
        or "NO_SERVER" or "MAGNET_NO_SERVER" or "MUST_BE_PREMIUM" or "MAGNET_MUST_BE_PREMIUM" or "FREE_TRIAL_LIMIT_REACHED"
        or "MAGNET_TOO_MANY_ACTIVE" or "MAGNET_TOO_MANY";

    private static string? Clip(string? text) => text is null ? null : text[..Math.Min(text.Length, 200)];
}
