using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InboxPublishedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "InboxItems",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "InboxItems");
        }
    }
}
