using DealTracker.Web.Accounts;
using DealTracker.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddDealTrackerLogging();
builder.AddDealTrackerData();
builder.AddDealTrackerPages();
builder.AddDealTrackerEditing();
builder.AddDealTrackerIntake();
builder.AddDealTrackerApi();
builder.AddDealTrackerWeb();

var app = builder.Build();

if (await app.RunBackupCommandAsync(args)) { return; }
await app.Services.InitialiseDatabaseAsync();
if (await app.RunCommandAsync(args)) { return; }
// The roles and the first admin are made beside the web host's start; requests wait for them (Accounts/FirstAdminStartup.cs).
_ = app.Services.GetRequiredService<FirstAdminStartup>().Start();
app.UseDealTrackerWeb();

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
