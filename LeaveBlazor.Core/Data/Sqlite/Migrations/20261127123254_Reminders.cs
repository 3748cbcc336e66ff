using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NextReminderDue",
                table: "LeaveRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverdueSince",
                table: "LeaveRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RemindersSent",
                table: "LeaveRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsAdmin",
                table: "Employees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastSucceededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSummary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastFailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LeaveRequests_NextReminderDue",
                table: "LeaveRequests",
                column: "NextReminderDue");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropIndex(
                name: "IX_LeaveRequests_NextReminderDue",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "NextReminderDue",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "RemindersSent",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "IsAdmin",
                table: "Employees");
        }
    }
}
