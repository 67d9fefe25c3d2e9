using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsRegistry.Core.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CompactCreatedRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Changes",
                table: "CredentialRevisions",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Changes",
                table: "CredentialRevisions",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
