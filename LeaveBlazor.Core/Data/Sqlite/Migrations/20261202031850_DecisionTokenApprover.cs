using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DecisionTokenApprover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApproverId",
                table: "DecisionTokens",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Links already sent were issued for the request's approver of the time, who is still its approver.
            migrationBuilder.Sql("""
                UPDATE "DecisionTokens" SET "ApproverId" =
                    (SELECT "ApproverId" FROM "LeaveRequests" WHERE "LeaveRequests"."Id" = "DecisionTokens"."LeaveRequestId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApproverId",
                table: "DecisionTokens");
        }
    }
}
