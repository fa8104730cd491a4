using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ProStream.Server.Identity.Access;

namespace ProStream.Server.Identity.ApiKeys;

/// <summary>
/// Authenticates a request carrying <c>X-Api-Key</c> as the key's owner. Like a bearer token, the
/// role comes from <see cref="UserAccessCache"/> on each request, so a demoted or deleted user's keys
/// follow at once; the key itself is looked up on each request, so a revoked key stops at once on
/// every instance.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.Count == 1 ? values[0] : null;
        if (!ApiKeySecrets.LooksLikeKey(presented))
        {
            return AuthenticateResult.Fail("The X-Api-Key header does not hold an API key.");
        }

        var ct = Context.RequestAborted;
        var key = await Context.RequestServices.GetRequiredService<ApiKeyService>().FindAsync(presented!, ct);
        if (key is null)
        {
            return AuthenticateResult.Fail("This API key is unknown or was revoked.");
        }

        var account = await Context.RequestServices.GetRequiredService<UserAccessCache>().GetAsync(key.UserId, ct);
        if (account is null)
        {
            return AuthenticateResult.Fail("The account this API key belongs to no longer exists.");
        }

        var identity = new ClaimsIdentity(
            [new Claim("sub", key.UserId.ToString()), new Claim("role", account.Role), new Claim(ApiKeyDefaults.KeyIdClaim, key.Id.ToString())],
            ApiKeyDefaults.Scheme, "sub", "role");
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    /// <summary>A 401 that says what was wrong with the key, as ProblemDetails like every other error.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = result.Failure?.Message ?? "An API key is required.",
            },
        });
    }
}

/// <summary>Names shared by the handler, the endpoints and the rate limiter.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>The claim naming the key a request was made with (the rate limiter's partition).</summary>
    public const string KeyIdClaim = "api_key";
}

/// <summary>Chooses how a request is authenticated: by its API key when it has one, else by its bearer token.</summary>
internal static class ApiKeyOrBearer
{
    public const string Scheme = "ApiKeyOrBearer";

    public static string Select(HttpContext context) =>
        context.Request.Headers.ContainsKey(ApiKeyDefaults.Header)
            ? ApiKeyDefaults.Scheme
            : Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme;
}
