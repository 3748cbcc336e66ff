using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonalAllowances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonalAllowances",
                columns: table => new
                {
                    EmployeeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeavePolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    YearlyAllowanceDays = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalAllowances", x => new { x.EmployeeId, x.LeavePolicyId });
                    table.ForeignKey(
                        name: "FK_PersonalAllowances_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonalAllowances_LeavePolicies_LeavePolicyId",
                        column: x => x.LeavePolicyId,
                        principalTable: "LeavePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAllowances_LeavePolicyId",
                table: "PersonalAllowances",
                column: "LeavePolicyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonalAllowances");
        }
    }
}
