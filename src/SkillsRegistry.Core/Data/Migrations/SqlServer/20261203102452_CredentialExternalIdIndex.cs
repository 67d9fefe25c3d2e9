using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsRegistry.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CredentialExternalIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ExternalId",
                table: "Credentials",
                column: "ExternalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Credentials_ExternalId",
                table: "Credentials");
        }
    }
}
