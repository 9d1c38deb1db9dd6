using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InboxStoryWordsAndOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxItems_Status_Score_PublishedAt",
                table: "InboxItems");

            migrationBuilder.AddColumn<DateTime>(
                name: "SortAt",
                table: "InboxItems",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "StoryWords",
                table: "InboxItems",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            // The inbox's sort date for the items already stored (new items store it from PublishedAt and FetchedAt). StoryWords stays
            // null here: it is worked out in code, and the polls fill it for the items of the last days.
            migrationBuilder.Sql("UPDATE \"InboxItems\" SET \"SortAt\" = COALESCE(\"PublishedAt\", \"FetchedAt\");");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_Score_SortAt_Id",
                table: "InboxItems",
                columns: new[] { "Score", "SortAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_SortAt_Id",
                table: "InboxItems",
                columns: new[] { "SortAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_Status_Score_SortAt_Id",
                table: "InboxItems",
                columns: new[] { "Status", "Score", "SortAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_Status_SortAt_Id",
                table: "InboxItems",
                columns: new[] { "Status", "SortAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_StoryWords_FetchedAt",
                table: "InboxItems",
                columns: new[] { "StoryWords", "FetchedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxItems_Score_SortAt_Id",
                table: "InboxItems");

            migrationBuilder.DropIndex(
                name: "IX_InboxItems_SortAt_Id",
                table: "InboxItems");

            migrationBuilder.DropIndex(
                name: "IX_InboxItems_Status_Score_SortAt_Id",
                table: "InboxItems");

            migrationBuilder.DropIndex(
                name: "IX_InboxItems_Status_SortAt_Id",
                table: "InboxItems");

            migrationBuilder.DropIndex(
                name: "IX_InboxItems_StoryWords_FetchedAt",
                table: "InboxItems");

            migrationBuilder.DropColumn(
                name: "SortAt",
                table: "InboxItems");

            migrationBuilder.DropColumn(
                name: "StoryWords",
                table: "InboxItems");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_Status_Score_PublishedAt",
                table: "InboxItems",
                columns: new[] { "Status", "Score", "PublishedAt" });
        }
    }
}
