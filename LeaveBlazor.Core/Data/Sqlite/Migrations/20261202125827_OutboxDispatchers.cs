using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeaveBlazor.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxDispatchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutboxDispatchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessStartedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxDispatchers", x => x.Id);
                });

            // Claims made before this version name a pass, not a dispatcher, and ran five minutes: whoever held them
            // stopped for this upgrade, so they are given back rather than waited out.
            migrationBuilder.Sql("UPDATE \"Outbox\" SET \"ClaimedBy\" = NULL, \"ClaimedUntil\" = NULL WHERE \"ClaimedBy\" IS NOT NULL OR \"ClaimedUntil\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxDispatchers");
        }
    }
}
