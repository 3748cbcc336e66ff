using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CancellingApprovedLeave : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CancellationAskedAt",
                table: "LeaveRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "LeaveRequests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CancelledAfterApproval",
                table: "LeaveRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_LeaveRequests_ApproverId_CancellationAskedAt",
                table: "LeaveRequests",
                columns: new[] { "ApproverId", "CancellationAskedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LeaveRequests_ApproverId_CancellationAskedAt",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "CancellationAskedAt",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "CancelledAfterApproval",
                table: "LeaveRequests");
        }
    }
}
