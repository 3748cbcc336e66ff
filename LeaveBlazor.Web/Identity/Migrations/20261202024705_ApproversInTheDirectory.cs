using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Web.Identity.Migrations
{
    /// <inheritdoc />
    public partial class ApproversInTheDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Who approves is now kept in the directory (Employees.CanApprove, added by the leave migration of the same
            // name, which runs first); the Approver role mirrors it. Carry over the people who held the role.
            migrationBuilder.Sql("""
                UPDATE "Employees" SET "CanApprove" = 1
                WHERE "Id" IN (
                    SELECT "UserId" FROM "AspNetUserRoles"
                    JOIN "AspNetRoles" ON "AspNetRoles"."Id" = "AspNetUserRoles"."RoleId"
                    WHERE "AspNetRoles"."NormalizedName" = 'APPROVER');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
