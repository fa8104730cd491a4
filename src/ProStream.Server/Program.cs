using ProStream.Server.Catalog;
using ProStream.Server.Data;
using ProStream.Server.Debrid;
using ProStream.Server.Hosting;
using ProStream.Server.Hosting.WebUi;
using ProStream.Server.Identity;
using ProStream.Server.Library;
using ProStream.Server.Play;
using ProStream.Server.Playback;
using ProStream.Server.Releases;
using ProStream.Server.Status;

// Settings files sit beside the binary, wherever the server is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddHosting();
builder.AddData();
builder.AddIdentity();
builder.AddLibrary();
builder.AddCatalog();
builder.AddPlayback();
builder.AddReleases();
builder.AddDebrid();
builder.AddPlay();
builder.AddStatus();

var app = builder.Build();

app.UseHosting();
app.MapHosting();
app.MapIdentity();
app.MapLibrary();
app.MapCatalog();
app.MapPlayback();
app.MapReleases();
app.MapDebrid();
app.MapPlay();
app.MapStatus();
app.UseWebUi();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
