using System.Diagnostics;

namespace ProStream.Server.Hosting.Errors;

public static class ErrorHandlingModule
{
    /// <summary>Largest JSON body an API endpoint accepts; larger requests get 413.</summary>
    public const long MaxJsonBodyBytes = 64 * 1024;

    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var activity = context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>()?.Activity;
            context.ProblemDetails.Extensions["traceId"] = activity?.Id ?? Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                CamelCaseErrorKeys(validation);
            }
        });
        // Let malformed JSON reach the exception handler so the client hears what was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            kestrel => kestrel.Limits.MaxRequestBodySize = MaxJsonBodyBytes);
        return services;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RejectOversizedBodies);
        return app;
    }

    // Validation names members as declared in C# (Email, Preferences.Language); clients sent camelCase JSON.
    private static void CamelCaseErrorKeys(HttpValidationProblemDetails validation)
    {
        var renamed = validation.Errors.ToDictionary(
            e => string.Join('.', e.Key.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)),
            e => e.Value);
        validation.Errors.Clear();
        foreach (var (key, messages) in renamed)
        {
            validation.Errors[key] = messages;
        }
    }

    // Kestrel enforces MaxRequestBodySize while reading; a declared Content-Length over the limit
    // is answered at once so the client is not left streaming a body nobody will read.
    private static Task RejectOversizedBodies(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaxJsonBodyBytes)
        {
            throw new BadHttpRequestException(
                $"The request body is larger than the {MaxJsonBodyBytes / 1024} KiB this API accepts.",
                StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
