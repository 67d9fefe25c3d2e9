using GraphQL.Types;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.Features.Search;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing.Export;

namespace SkillsRegistry.Api.Features.Credentials;

public sealed class CredentialGraphType : ObjectGraphType<Credential>
{
    public CredentialGraphType()
    {
        Name = "Credential";
        Description = "A credential on offer (micro-credential, certificate, badge, …) with the elements of Annex I of the EU Council Recommendation on micro-credentials.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is Credential;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(nameof(Credential), c.Source.Id));
        Field(x => x.Title).Description("Title of the credential.");
        Field(x => x.Description, nullable: true).Description("What the credential is about.");
        Field(x => x.Type).Description("Kind of credential.");
        Field(x => x.Status).Description("Draft, published or retired.");
        Field(x => x.LearningOutcomes).Description("Learning outcomes: what a holder knows and can do (Annex I).");
        // Decimals are published as Float so every database gives the same JSON number (450, not 450.00).
        Field<FloatGraphType>("ectsCredits").Description("Notional workload in ECTS credits (Annex I).").Resolve(c => (double?)c.Source.EctsCredits);
        Field<FloatGraphType>("hours").Description("Notional workload in hours.").Resolve(c => (double?)c.Source.Hours);
        Field(x => x.EqfLevel, nullable: true).Description("European Qualifications Framework level, 1–8 (Annex I).");
        Field(x => x.NqfLevel, nullable: true).Description("National qualifications framework level, as the country writes it.");
        Field(x => x.AssessmentType, nullable: true).Description("Type of assessment (Annex I).");
        Field(x => x.DeliveryMode, nullable: true).Description("Form of participation (Annex I).");
        Field(x => x.QualityAssuranceType, nullable: true).Description("Type of quality assurance used to underpin the credential (Annex I).");
        Field(x => x.Prerequisites, nullable: true).Description("Prerequisites needed to enrol (Annex I).");
        Field(x => x.Languages).Description("Languages of instruction and assessment, ISO 639-1.");
        Field<FloatGraphType>("costAmount").Description("Price for a learner, in `costCurrency`; 0 means free.").Resolve(c => (double?)c.Source.CostAmount);
        Field(x => x.CostCurrency, nullable: true).Description("ISO 4217 currency of `costAmount`.");
        Field(x => x.DurationDays, nullable: true).Description("Typical duration from start to award, in days.");
        Field(x => x.Regions).Description("Where it is offered: ISO 3166-1 countries or ISO 3166-2 regions.");
        Field(x => x.Url, nullable: true).Description("Landing page.");
        Field(x => x.ValidFrom, nullable: true).Description("First day the offer is valid.");
        Field(x => x.ValidUntil, nullable: true).Description("Last day the offer is valid.");
        Field(x => x.Ctid, nullable: true).Description("Credential Engine registry identifier (CTID).");
        Field(x => x.OpenBadgeId, nullable: true).Description("Open Badges 3.0 achievement id.");
        Field(x => x.ExternalId, nullable: true).Description("The provider's own identifier of the record.");
        Field(x => x.Version).Description("Revision number; increases with every change.");
        Field(x => x.CreatedAt).Description("When the record was created.");
        Field(x => x.UpdatedAt).Description("When the record last changed.");
        Field<NonNullGraphType<ProviderGraphType>>("provider").Description("Who offers it.")
            .Resolve(c => c.LoadById<Provider>(c.Source.ProviderId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlignmentGraphType>>>>("alignments")
            .Description("Competencies it teaches, assesses or requires, strongest weight first.")
            .Resolve(c => c.Source is HistoricalCredential h
                ? DataLoaderResultExtensions.Deferred<IReadOnlyList<CredentialAlignment>>(_ => Task.FromResult<IReadOnlyList<CredentialAlignment>>([.. h.Alignments.OrderByDescending(a => a.Weight)]))
                : c.LoadChildren<AlignmentsByCredentialLoader, CredentialAlignment>(c.Source.Id).Then(l => l ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialGraphType>>>>("parts")
            .Description("Stackability: credentials that are parts of this one.")
            .Resolve(c => c.Source is HistoricalCredential h
                ? HistoricalCredentials.Load(c, h.PartIds)
                : c.LoadChildren<PartsByCredentialLoader, CredentialLink>(c.Source.Id).Then(CredentialLink.Others));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarCredentialGraphType>>>>("similar")
            .Description("Similar credentials, preferably from other providers: similar text and overlapping competencies.")
            .Argument<IntGraphType>("first", $"How many (default 5, at most {CredentialSearchResolver.MaxSimilar}).")
            .ResolveAsync(async c => await CredentialSearchResolver.SimilarAsync(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialGraphType>>>>("partOf")
            .Description("Stackability: larger credentials this one counts towards.")
            .Resolve(c => c.Source is HistoricalCredential h
                ? HistoricalCredentials.Load(c, h.PartOfIds)
                : c.LoadChildren<WholesByCredentialLoader, CredentialLink>(c.Source.Id).Then(CredentialLink.Others));
        Field<NonNullGraphType<ConnectionGraphType<CredentialRevisionGraphType, CredentialRevision>>>("history")
            .Description("Every change to this credential, newest first: who, when, which fields (old and new values), and the record as it was.")
            .Paged()
            .Resolve(c => c.LoadChildPage<RevisionsByCredentialLoader, CredentialRevision>(c.Source.Id).Then(p => p!));
        Field<NonNullGraphType<StringGraphType>>("asCtdl")
            .Description("This credential as a Credential Engine CTDL JSON-LD document (a JSON string): an `@graph` with the credential "
                + "(CTID, name, description, type, status, delivery, languages, cost, duration, ECTS, places, `ceterms:teaches` / "
                + "`assesses` / entry-condition competencies, `isPartOf`) and its owning organization. Importable with `import ctdl`.")
            .Resolve(c => c.Service<ExportCredentialLoader>().Load(c.Source.Id)
                .Then(full => CtdlExport.ToJsonLd(full ?? throw new InvalidOperationException($"Credential {c.Source.Id} vanished.")).ToJsonString()));
        Field<NonNullGraphType<StringGraphType>>("asOpenBadge")
            .Description("This credential as an Open Badges 3.0 `Achievement` (a JSON string): id, achievementType, name, description, "
                + "criteria (learning outcomes), language, competency alignments and the creator profile. Importable with `import openbadges`.")
            .Resolve(c => c.Service<ExportCredentialLoader>().Load(c.Source.Id)
                .Then(full => OpenBadgeExport.ToAchievement(full ?? throw new InvalidOperationException($"Credential {c.Source.Id} vanished.")).ToJsonString()));
    }
}
