using System.Globalization;

namespace ProStream.Server.Catalog;

/// <summary>TMDB dates are <c>YYYY-MM-DD</c> strings, <c>""</c> when unknown.</summary>
internal static class TmdbDate
{
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
