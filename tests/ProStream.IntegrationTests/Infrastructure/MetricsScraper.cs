namespace ProStream.IntegrationTests.Infrastructure;

public static class MetricsScraper
{
    /// <summary>
    /// Reads <c>/metrics</c>. The exporter caches a scrape for a short while, so it asks again
    /// (up to ~5 s) until <paramref name="expected"/> shows, then returns the last text either way.
    /// </summary>
    public static async Task<string> ScrapeUntilAsync(this ProStreamApp app, string expected)
    {
        var client = app.Anonymous();
        for (var attempt = 0; ; attempt++)
        {
            var text = await client.GetStringAsync("/metrics");
            if (text.Contains(expected, StringComparison.Ordinal) || attempt == 20)
            {
                return text;
            }

            await Task.Delay(250);
        }
    }
}
