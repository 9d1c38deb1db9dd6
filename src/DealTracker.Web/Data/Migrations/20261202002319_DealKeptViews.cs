using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DealKeptViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompareJson",
                table: "DealHeadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverviewJson",
                table: "DealHeadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimelineOutletsJson",
                table: "DealHeadlines",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CompareJson",
                table: "DealHeadlines");

            migrationBuilder.DropColumn(
                name: "OverviewJson",
                table: "DealHeadlines");

            migrationBuilder.DropColumn(
                name: "TimelineOutletsJson",
                table: "DealHeadlines");
        }
    }
}
