using ProStream.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddHosting();

var app = builder.Build();

app.UseHosting();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
