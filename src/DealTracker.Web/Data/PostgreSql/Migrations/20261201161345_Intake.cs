using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DealTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutletFeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OutletId = table.Column<int>(type: "integer", nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    NormalisedUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ETag = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastModified = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastPolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastErrorAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    NewItemCount = table.Column<int>(type: "integer", nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    BackoffUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutletFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutletFeeds_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InboxItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FeedId = table.Column<int>(type: "integer", nullable: true),
                    OutletId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    NormalisedLink = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    TitleKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DismissReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportId = table.Column<int>(type: "integer", nullable: true),
                    DealId = table.Column<int>(type: "integer", nullable: true),
                    PartiesNamed = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FigureCount = table.Column<int>(type: "integer", nullable: false),
                    Extraction = table.Column<string>(type: "text", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    DuplicateOfId = table.Column<int>(type: "integer", nullable: true),
                    Duplicates = table.Column<int>(type: "integer", nullable: false),
                    FetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboxItems_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InboxItems_InboxItems_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "InboxItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InboxItems_OutletFeeds_FeedId",
                        column: x => x.FeedId,
                        principalTable: "OutletFeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InboxItems_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InboxItems_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_DealId",
                table: "InboxItems",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_DuplicateOfId",
                table: "InboxItems",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_FeedId",
                table: "InboxItems",
                column: "FeedId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_FetchedAt",
                table: "InboxItems",
                column: "FetchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_NormalisedLink",
                table: "InboxItems",
                column: "NormalisedLink",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_OutletId",
                table: "InboxItems",
                column: "OutletId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_ReportId",
                table: "InboxItems",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_Status_Score_PublishedAt",
                table: "InboxItems",
                columns: new[] { "Status", "Score", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_TitleKey",
                table: "InboxItems",
                column: "TitleKey");

            migrationBuilder.CreateIndex(
                name: "IX_OutletFeeds_NormalisedUrl",
                table: "OutletFeeds",
                column: "NormalisedUrl",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutletFeeds_OutletId",
                table: "OutletFeeds",
                column: "OutletId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxItems");

            migrationBuilder.DropTable(
                name: "OutletFeeds");
        }
    }
}
