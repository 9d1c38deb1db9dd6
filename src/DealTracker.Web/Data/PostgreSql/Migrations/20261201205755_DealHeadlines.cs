using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DealHeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DealHeadlines",
                columns: table => new
                {
                    DealId = table.Column<int>(type: "integer", nullable: false),
                    Figure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FigureTitle = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    FigureSource = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealHeadlines", x => x.DealId);
                    table.ForeignKey(
                        name: "FK_DealHeadlines_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DealHeadlines");
        }
    }
}
