using System.Text.Json.Serialization;

namespace ProStream.Server.Catalog.Wire;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TmdbPage<TmdbListItem>))]
[JsonSerializable(typeof(TmdbGenreList))]
[JsonSerializable(typeof(TmdbConfiguration))]
[JsonSerializable(typeof(TmdbError))]
[JsonSerializable(typeof(TmdbMovieDetails))]
[JsonSerializable(typeof(TmdbTvDetails))]
[JsonSerializable(typeof(TmdbSeason))]
internal sealed partial class TmdbJsonContext : JsonSerializerContext;
