using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeavePolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LeavePolicyId",
                table: "LeaveRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "LeavePolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    CountsAgainstAllowance = table.Column<bool>(type: "INTEGER", nullable: false),
                    YearlyAllowanceDays = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    Accrual = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CarryOverMaxDays = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    CarryOverExpiryDay = table.Column<int>(type: "INTEGER", nullable: true),
                    CarryOverExpiryMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxBelowZeroDays = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    HalfDaysAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinimumNoticeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeavePolicies", x => x.Id);
                });

            // Every type name the requests used becomes a retired policy with plain settings, and each request is linked
            // to its name's policy; at the next start SeedLeavePolicies reactivates the names still in Leave:Types.
            migrationBuilder.Sql("""
                INSERT INTO "LeavePolicies" ("Name", "Colour", "CountsAgainstAllowance", "YearlyAllowanceDays", "Accrual", "CarryOverMaxDays",
                    "MaxBelowZeroDays", "HalfDaysAllowed", "MinimumNoticeDays", "NeedsApproval", "IsActive")
                SELECT "LeaveType", '#546e7a', 0, '0.0', 'AllOnFirstJanuary', '0.0', '0.0', 1, 0, 1, 0
                FROM "LeaveRequests" GROUP BY "LeaveType" COLLATE NOCASE ORDER BY MIN("SubmittedAt");
                """);
            migrationBuilder.Sql("""
                UPDATE "LeaveRequests" SET "LeavePolicyId" =
                    (SELECT "Id" FROM "LeavePolicies" WHERE "LeavePolicies"."Name" = "LeaveRequests"."LeaveType" COLLATE NOCASE);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LeaveRequests_LeavePolicyId",
                table: "LeaveRequests",
                column: "LeavePolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePolicies_Name",
                table: "LeavePolicies",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_LeaveRequests_LeavePolicies_LeavePolicyId",
                table: "LeaveRequests",
                column: "LeavePolicyId",
                principalTable: "LeavePolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LeaveRequests_LeavePolicies_LeavePolicyId",
                table: "LeaveRequests");

            migrationBuilder.DropTable(
                name: "LeavePolicies");

            migrationBuilder.DropIndex(
                name: "IX_LeaveRequests_LeavePolicyId",
                table: "LeaveRequests");

            migrationBuilder.DropColumn(
                name: "LeavePolicyId",
                table: "LeaveRequests");
        }
    }
}
