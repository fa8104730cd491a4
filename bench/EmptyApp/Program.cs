// The start-up and memory reference for bench/ProStream.Bench: `dotnet new web` with its endpoint at /health/ready.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health/ready", () => "Healthy");
app.Run();
