using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsRegistry.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConceptMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceUri = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    TargetUri = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    MatchType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Confidence = table.Column<double>(type: "float", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConceptMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Demand",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SocCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Employment = table.Column<double>(type: "float", nullable: true),
                    ProjectedEmployment = table.Column<double>(type: "float", nullable: true),
                    GrowthPercent = table.Column<double>(type: "float", nullable: true),
                    AnnualOpenings = table.Column<double>(type: "float", nullable: true),
                    MedianAnnualWage = table.Column<double>(type: "float", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Demand", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Frameworks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Publisher = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceUri = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Licence = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Attribution = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Providers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Identifiers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Website = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    QualityAssurance = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Accreditation = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Competencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FrameworkId = table.Column<int>(type: "int", nullable: false),
                    Uri = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReuseLevel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PreferredLabel = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    AlternativeLabels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HiddenLabels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReplacedById = table.Column<int>(type: "int", nullable: true),
                    IsHotTechnology = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Competencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Competencies_Competencies_ReplacedById",
                        column: x => x.ReplacedById,
                        principalTable: "Competencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Competencies_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Occupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FrameworkId = table.Column<int>(type: "int", nullable: false),
                    Uri = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    IscoCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    SocCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PreferredLabel = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    AlternativeLabels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HiddenLabels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BroaderId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Occupations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Occupations_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Occupations_Occupations_BroaderId",
                        column: x => x.BroaderId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProviderId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LearningOutcomes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    EctsCredits = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Hours = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    EqfLevel = table.Column<int>(type: "int", nullable: true),
                    NqfLevel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    AssessmentType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DeliveryMode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    QualityAssuranceType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Prerequisites = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Languages = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CostAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    CostCurrency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    DurationDays = table.Column<int>(type: "int", nullable: true),
                    Regions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Ctid = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OpenBadgeId = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    ExternalId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Credentials_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetencyHierarchy",
                columns: table => new
                {
                    NarrowerId = table.Column<int>(type: "int", nullable: false),
                    BroaderId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyHierarchy", x => new { x.NarrowerId, x.BroaderId });
                    table.ForeignKey(
                        name: "FK_CompetencyHierarchy_Competencies_BroaderId",
                        column: x => x.BroaderId,
                        principalTable: "Competencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetencyHierarchy_Competencies_NarrowerId",
                        column: x => x.NarrowerId,
                        principalTable: "Competencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Requirements",
                columns: table => new
                {
                    OccupationId = table.Column<int>(type: "int", nullable: false),
                    CompetencyId = table.Column<int>(type: "int", nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Importance = table.Column<double>(type: "float", nullable: true),
                    Level = table.Column<double>(type: "float", nullable: true),
                    IsInDemand = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requirements", x => new { x.OccupationId, x.CompetencyId });
                    table.ForeignKey(
                        name: "FK_Requirements_Competencies_CompetencyId",
                        column: x => x.CompetencyId,
                        principalTable: "Competencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requirements_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Alignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CredentialId = table.Column<int>(type: "int", nullable: false),
                    CompetencyId = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProficiencyLevel = table.Column<double>(type: "float", nullable: true),
                    Weight = table.Column<double>(type: "float", nullable: false),
                    AssertedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AssertedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alignments_Competencies_CompetencyId",
                        column: x => x.CompetencyId,
                        principalTable: "Competencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Alignments_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CredentialParts",
                columns: table => new
                {
                    WholeId = table.Column<int>(type: "int", nullable: false),
                    PartId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialParts", x => new { x.WholeId, x.PartId });
                    table.ForeignKey(
                        name: "FK_CredentialParts_Credentials_PartId",
                        column: x => x.PartId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CredentialParts_Credentials_WholeId",
                        column: x => x.WholeId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alignments_CompetencyId",
                table: "Alignments",
                column: "CompetencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Alignments_CredentialId_CompetencyId_Type",
                table: "Alignments",
                columns: new[] { "CredentialId", "CompetencyId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Competencies_FrameworkId_Uri",
                table: "Competencies",
                columns: new[] { "FrameworkId", "Uri" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Competencies_PreferredLabel",
                table: "Competencies",
                column: "PreferredLabel");

            migrationBuilder.CreateIndex(
                name: "IX_Competencies_ReplacedById",
                table: "Competencies",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_Competencies_Uri",
                table: "Competencies",
                column: "Uri");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyHierarchy_BroaderId",
                table: "CompetencyHierarchy",
                column: "BroaderId");

            migrationBuilder.CreateIndex(
                name: "IX_ConceptMappings_Kind_SourceUri_TargetUri_Source",
                table: "ConceptMappings",
                columns: new[] { "Kind", "SourceUri", "TargetUri", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConceptMappings_TargetUri",
                table: "ConceptMappings",
                column: "TargetUri");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialParts_PartId",
                table: "CredentialParts",
                column: "PartId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_Ctid",
                table: "Credentials",
                column: "Ctid");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ProviderId_ExternalId",
                table: "Credentials",
                columns: new[] { "ProviderId", "ExternalId" },
                unique: true,
                filter: "[ExternalId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_Status",
                table: "Credentials",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_Title",
                table: "Credentials",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_Type",
                table: "Credentials",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_Demand_SocCode_Region_Period",
                table: "Demand",
                columns: new[] { "SocCode", "Region", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_Key",
                table: "Frameworks",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_BroaderId",
                table: "Occupations",
                column: "BroaderId");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Code",
                table: "Occupations",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_FrameworkId_Uri",
                table: "Occupations",
                columns: new[] { "FrameworkId", "Uri" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_IscoCode",
                table: "Occupations",
                column: "IscoCode");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_SocCode",
                table: "Occupations",
                column: "SocCode");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Uri",
                table: "Occupations",
                column: "Uri");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Country",
                table: "Providers",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Name",
                table: "Providers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_CompetencyId",
                table: "Requirements",
                column: "CompetencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Alignments");

            migrationBuilder.DropTable(
                name: "CompetencyHierarchy");

            migrationBuilder.DropTable(
                name: "ConceptMappings");

            migrationBuilder.DropTable(
                name: "CredentialParts");

            migrationBuilder.DropTable(
                name: "Demand");

            migrationBuilder.DropTable(
                name: "Requirements");

            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "Competencies");

            migrationBuilder.DropTable(
                name: "Occupations");

            migrationBuilder.DropTable(
                name: "Providers");

            migrationBuilder.DropTable(
                name: "Frameworks");
        }
    }
}
