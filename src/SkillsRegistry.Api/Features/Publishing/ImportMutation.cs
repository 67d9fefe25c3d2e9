using System.Text;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

/// <summary>The outcome of a bulk upload: the import report, or why nothing was imported.</summary>
public sealed record ImportCredentialsResult(bool DryRun, ImportReport? Report, IReadOnlyList<UserError> Errors);

public sealed class CredentialFileFormatGraphType : EnumerationGraphType<CredentialFileFormat>
{
    public CredentialFileFormatGraphType()
    {
        Name = "CredentialFileFormat";
        Description = "A credential file format the registry imports (see the README's field mapping per format).";
        Values["CATALOGUE"]!.Description = "The registry's own catalogue JSON.";
        Values["CTDL"]!.Description = "Credential Engine CTDL JSON-LD (an `@graph` of credentials, organizations and competencies).";
        Values["OPEN_BADGES"]!.Description = "Open Badges 3.0 Achievement or OpenBadgeCredential JSON (one or an array).";
        Values["ELM"]!.Description = "European Learning Model v3 credential JSON-LD.";
        Values["CSV"]!.Description = "The registry's CSV template (seed-data/templates/credentials-template.csv).";
    }
}

public sealed class ImportCredentialsInputGraphType : InputObjectGraphType
{
    public ImportCredentialsInputGraphType()
    {
        Name = "ImportCredentialsInput";
        Description = "A file of credentials for your provider. Records are matched by external id (CTID, badge id, …): a re-upload updates, never duplicates.";
        Field<NonNullGraphType<CredentialFileFormatGraphType>>("format").Description("The file's format.");
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file's content (UTF-8 text), within the request size limit.");
        Field<BooleanGraphType>("dryRun").Description("Validate and report everything, but write nothing (default false).");
    }
}

public sealed class ImportCountGraphType : ObjectGraphType<KeyValuePair<string, EntityCounts>>
{
    public ImportCountGraphType()
    {
        Name = "ImportCount";
        Description = "What the import did to one kind of record.";
        Field<NonNullGraphType<StringGraphType>>("entity").Description("The kind of record: Provider, Credential, CredentialAlignment or CredentialPart.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("inserted").Description("New records.").Resolve(c => c.Source.Value.Inserted);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Changed records.").Resolve(c => c.Source.Value.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Records already as in the file.").Resolve(c => c.Source.Value.Unchanged);
    }
}

public sealed class ImportProblemGraphType : ObjectGraphType<RejectedRow>
{
    public ImportProblemGraphType()
    {
        Name = "ImportProblem";
        Description = "A record (or part of one) that was not imported, and where it is in the file.";
        Field<NonNullGraphType<StringGraphType>>("location").Description("Where: a JSON pointer such as `/@graph/3`, or `line 7` for CSV.")
            .Resolve(c => c.Source.Location ?? $"line {c.Source.Line}");
        Field<NonNullGraphType<IntGraphType>>("line").Description("The line in the file (1-based; 0 when unknown).").Resolve(c => (int)c.Source.Line);
        Field(r => r.Reason).Description("What is wrong with it.");
    }
}

public sealed class ImportCredentialsPayloadGraphType : ObjectGraphType<ImportCredentialsResult>
{
    public ImportCredentialsPayloadGraphType()
    {
        Name = "ImportCredentialsPayload";
        Description = "The import report. A file is imported all-or-nothing: when `errors` is not empty nothing was written; `rejected` records were left out of an otherwise successful import.";
        Field(r => r.DryRun).Description("True when nothing was written because `dryRun` was asked for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportCountGraphType>>>>("counts")
            .Description("Inserted, updated and unchanged records per kind.").Resolve(c => c.Source.Report?.Counts.ToList() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemGraphType>>>>("rejected")
            .Description("Every record or part left out, with its location and reason.").Resolve(c => c.Source.Report?.Rejected ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterfaceGraphType>>>>("errors")
            .Description("Why nothing was imported; empty on success.").Resolve(c => c.Source.Errors);
    }
}

public static class ImportMutation
{
    public static void AddImportMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImportCredentialsPayloadGraphType>>("importCredentials")
            .Description("Bulk upload of your provider's credentials from a CTDL, Open Badges 3.0, ELM, CSV or catalogue file (publisher key). "
                + "Send an `Idempotency-Key` header to make a retried upload safe: the same key with the same request replays the first answer.")
            .Argument<NonNullGraphType<ImportCredentialsInputGraphType>>("input", "The file.")
            .ResolveAsync(async c =>
            {
                var input = CredentialMutations.Input(c);
                var dryRun = input.GetValueOrDefault("dryRun") as bool? ?? false;
                await using var db = await c.DbAsync();
                if (!db.Viewer.IsPublisher)
                    return new ImportCredentialsResult(dryRun, null, [UserError.NotAuthorized("Uploading credentials needs a publisher API key.")]);
                using var content = new MemoryStream(Encoding.UTF8.GetBytes((string)input["content"]!));
                try
                {
                    var report = await new CredentialFileImporter(c.Service<TimeProvider>()).ImportAsync(db, (CredentialFileFormat)input["format"]!, content,
                        "upload", new CredentialImportOptions(dryRun, db.Viewer.ProviderId), null, c.CancellationToken);
                    return new ImportCredentialsResult(dryRun, report, []);
                }
                catch (ImportFormatException ex)
                {
                    return new ImportCredentialsResult(dryRun, null, [UserError.Invalid("content", ex.Message)]);
                }
                catch (DbUpdateException)
                {
                    return new ImportCredentialsResult(dryRun, null, [UserError.Invalid("content",
                        "The file could not be saved (a record conflicts with stored data); nothing was written.")]);
                }
            });
    }
}
