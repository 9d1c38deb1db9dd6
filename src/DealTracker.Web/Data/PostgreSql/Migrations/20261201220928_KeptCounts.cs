using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class KeptCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DealTallies",
                columns: table => new
                {
                    DealId = table.Column<int>(type: "integer", nullable: false),
                    Reports = table.Column<int>(type: "integer", nullable: false),
                    Claims = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealTallies", x => x.DealId);
                    table.ForeignKey(
                        name: "FK_DealTallies_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FirstReports",
                columns: table => new
                {
                    DealId = table.Column<int>(type: "integer", nullable: false),
                    Metric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PartyKey = table.Column<int>(type: "integer", nullable: false),
                    OutletId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirstReports", x => new { x.DealId, x.Metric, x.PartyKey });
                    table.ForeignKey(
                        name: "FK_FirstReports_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FirstReports_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutletTallies",
                columns: table => new
                {
                    OutletId = table.Column<int>(type: "integer", nullable: false),
                    Reports = table.Column<int>(type: "integer", nullable: false),
                    Claims = table.Column<int>(type: "integer", nullable: false),
                    Original = table.Column<int>(type: "integer", nullable: false),
                    First = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutletTallies", x => x.OutletId);
                    table.ForeignKey(
                        name: "FK_OutletTallies_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FirstReports_OutletId",
                table: "FirstReports",
                column: "OutletId");

            // Fill the kept counts for the reports, claims and reliances already in the store.
            migrationBuilder.Sql(DealTracker.Web.Data.Tallies.TallySql.RebuildAll);

            // Reports in date order, undated last, as the outlet page and the read API list them: "IS NULL" is part of the
            // ORDER BY, so only an index on that expression lets PostgreSQL read a page off the index instead of sorting
            // every report (EF Core's model cannot declare it; EXPLAIN in docs/performance.md).
            migrationBuilder.Sql("""CREATE INDEX "IX_Reports_OutletId_Dated_PublishedOn_Id" ON "Reports" ("OutletId", ("PublishedOn" IS NULL), "PublishedOn" DESC, "Id" DESC)""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Reports_Dated_PublishedOn_Id" ON "Reports" (("PublishedOn" IS NULL), "PublishedOn", "Id")""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Reports_OutletId_Dated_PublishedOn_Id" """);
            migrationBuilder.Sql("""DROP INDEX "IX_Reports_Dated_PublishedOn_Id" """);

            migrationBuilder.DropTable(
                name: "DealTallies");

            migrationBuilder.DropTable(
                name: "FirstReports");

            migrationBuilder.DropTable(
                name: "OutletTallies");
        }
    }
}
