using System.Text.Json;

namespace ProStream.Bench;

/// <summary>A session start as the server logged it: each step's milliseconds and which probe answered.</summary>
public sealed record StartSteps(Guid SessionId, double OpenMs, double ProbeMs, string Prober, double? IndexMs, double FfmpegMs, double ElapsedMs)
{
    private const string Category = "ProStream.Server.Playback.Sessions.PlaybackSessionStarter";

    /// <summary>The steps of a JSON console log line, or null for any other line.</summary>
    public static StartSteps? TryParse(string line)
    {
        if (!line.Contains(Category, StringComparison.Ordinal) || !line.Contains("\"ProbeMs\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var state = json.RootElement.GetProperty("State");
            return new StartSteps(
                Guid.Parse(state.GetProperty("SessionId").GetString()!),
                Number(state, "OpenMs")!.Value,
                Number(state, "ProbeMs")!.Value,
                state.GetProperty("Prober").GetString() ?? "?",
                Number(state, "IndexMs"),
                Number(state, "FfmpegMs")!.Value,
                Number(state, "ElapsedMs")!.Value);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    // The JSON console logger writes state values as strings in the invariant culture.
    private static double? Number(JsonElement state, string name) =>
        state.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            && double.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : null;
}
