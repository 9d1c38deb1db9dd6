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
app.UseDealTrackerWeb();

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
