using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProStream.IntegrationTests.Infrastructure;

/// <summary>Keeps every log line the app writes (message, exception, structured values) so tests can search them.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    // Arrays spelled out, as a JSON log formatter would write them.
    private static string? Render(object? value) =>
        value is System.Collections.IEnumerable items and not string ? string.Join(',', items.Cast<object?>()) : value?.ToString();

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} | {Describe(state)} | {exception}");

        private static string Describe(object? state) =>
            state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join(", ", values.Select(v => $"{v.Key}={Render(v.Value)}"))
                : state?.ToString() ?? "";
    }
}
