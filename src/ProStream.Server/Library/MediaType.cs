namespace ProStream.Server.Library;

/// <summary>TMDB's two kinds of title; on the wire <c>movie</c> or <c>tv</c>.</summary>
public enum MediaType
{
    Movie,
    Tv,
}
