using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportLinkKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkKey",
                table: "Reports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_LinkKey",
                table: "Reports",
                column: "LinkKey",
                filter: "\"Url\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_LinkKey",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "LinkKey",
                table: "Reports");
        }
    }
}
