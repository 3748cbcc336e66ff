using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApproversInTheDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CanApprove",
                table: "Employees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Managers approve their reports. Holders of the Approver role are marked by the Identity migration of
            // the same name, which runs after this one (the sign-in tables are not there when the directory is migrated alone).
            migrationBuilder.Sql("""
                UPDATE "Employees" SET "CanApprove" = 1
                WHERE "Id" IN (SELECT "ManagerId" FROM "Employees" WHERE "ManagerId" IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CanApprove",
                table: "Employees");
        }
    }
}
