using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AsOfDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedUntil",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OccurredUntil",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PublishedUntil",
                table: "Reports",
                column: "PublishedUntil");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_PublishedUntil",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "PublishedUntil",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OccurredUntil",
                table: "Events");
        }
    }
}
