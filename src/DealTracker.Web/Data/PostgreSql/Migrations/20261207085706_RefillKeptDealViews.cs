using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RefillKeptDealViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The kept views' JSON gained fields (a figure's currencies compared or not, a listed report's retraction): a view kept
            // before them would read as "not comparable" and unretracted. Emptied here, each deal's views are worked out again at
            // start-up (DealHeadlines.RefreshMissingAsync), as for a store from before the columns.
            migrationBuilder.Sql("""UPDATE "DealHeadlines" SET "OverviewJson" = NULL, "CompareJson" = NULL, "TimelineOutletsJson" = NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the views are worked out again at start-up either way.
        }
    }
}
