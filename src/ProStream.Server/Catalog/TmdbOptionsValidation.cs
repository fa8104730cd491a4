using Microsoft.Extensions.Options;

namespace ProStream.Server.Catalog;

/// <summary>Refuses to start with unusable <c>Tmdb:</c> settings, naming each problem.</summary>
internal sealed class TmdbOptionsValidation : IValidateOptions<TmdbOptions>
{
    public ValidateOptionsResult Validate(string? name, TmdbOptions options)
    {
        var failures = TmdbOptions.Validate(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
