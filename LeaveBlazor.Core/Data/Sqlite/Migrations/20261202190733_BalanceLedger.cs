using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BalanceLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BalanceEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeavePolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Days = table.Column<decimal>(type: "TEXT", precision: 7, scale: 1, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeaveRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BalanceEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BalanceEntries_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BalanceEntries_LeavePolicies_LeavePolicyId",
                        column: x => x.LeavePolicyId,
                        principalTable: "LeavePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BalanceEntries_EmployeeId_LeavePolicyId_Year_Key",
                table: "BalanceEntries",
                columns: new[] { "EmployeeId", "LeavePolicyId", "Year", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BalanceEntries_LeavePolicyId",
                table: "BalanceEntries",
                column: "LeavePolicyId");

            // Append-only: a balance is the sum of its lines, so none may change or go; a correction is a new line.
            migrationBuilder.Sql("""
                CREATE TRIGGER BalanceEntries_NoUpdate BEFORE UPDATE ON BalanceEntries
                BEGIN SELECT RAISE(ABORT, 'The balance ledger is append-only: its lines cannot be changed.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER BalanceEntries_NoDelete BEFORE DELETE ON BalanceEntries
                BEGIN SELECT RAISE(ABORT, 'The balance ledger is append-only: its lines cannot be removed.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER BalanceEntries_NoDelete;");
            migrationBuilder.Sql("DROP TRIGGER BalanceEntries_NoUpdate;");
            migrationBuilder.DropTable(
                name: "BalanceEntries");
        }
    }
}
