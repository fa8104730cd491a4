using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProStream.Server.Hosting;
using ProStream.Server.Identity.Access;
using ProStream.Server.Identity.ApiKeys;
using ProStream.Server.Identity.Invitations;
using ProStream.Server.Identity.RefreshTokens;

namespace ProStream.Server.Identity;

public static class IdentityModule
{
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var dataDir = (builder.Configuration.GetSection(ProStreamOptions.Section).Get<ProStreamOptions>() ?? new()).ResolveDataDir();
        var keys = new JwtKeyRing(SigningKeyStore.Load(auth, dataDir, builder.Environment.IsProduction()));

        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<IdentityMetrics>();
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddSingleton<UserAccessCache>();
        builder.Services.AddSingleton<IInterceptor, UserAccessInvalidation>();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<RegistrationSettings>();
        builder.Services.AddScoped<AdminSafeUpdates>();
        builder.Services.AddScoped<InvitationService>();
        builder.Services.AddScoped<ApiKeyService>();
        builder.Services.AddScoped<RefreshTokenService>();
        builder.Services.AddSingleton<IUserAccessEnder, RefreshTokenRevoker>();

        builder.Services.AddAuthentication(ApiKeyOrBearer.Scheme)
            .AddPolicyScheme(ApiKeyOrBearer.Scheme, null, policy => policy.ForwardDefaultSelector = ApiKeyOrBearer.Select)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = JwtValidation.Parameters(auth, keys.SigningKey);
                jwt.Events = new JwtBearerEvents { OnTokenValidated = JwtValidation.OnTokenValidated };
            });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((jwt, time) => jwt.TokenValidationParameters.LifetimeValidator = JwtValidation.LifetimeValidator(time));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        app.MapAuthEndpoints();
        app.MapMeEndpoints();
        app.MapUserAdminEndpoints();
        app.MapInvitationEndpoints();
        app.MapApiKeyEndpoints();
        return app;
    }
}
