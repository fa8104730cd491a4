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
                ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
                : state?.ToString() ?? "";
    }
}
