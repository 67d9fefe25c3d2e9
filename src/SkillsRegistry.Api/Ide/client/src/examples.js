// Example operations preloaded as GraphiQL tabs (only when no tab state is stored yet).
export const exampleTabs = [
  {
    query: `# Cheapest credentials up to 1000, with provider and aligned competencies.
query Credentials {
  credentials(
    first: 5
    where: { costAmount: { lte: 1000 } }
    order: [{ costAmount: ASC }]
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        title
        costAmount
        costCurrency
        provider { name country }
        alignments { competency { preferredLabel } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    query: `# Occupations whose label contains "developer", with their required competencies.
query Occupation {
  occupations(first: 3, where: { preferredLabel: { contains: "developer" } }) {
    nodes {
      id
      preferredLabel
      code
      requirements(first: 5) {
        nodes {
          relation
          competency { preferredLabel }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Full-text search with filters, facets, highlights and similar credentials.
query Search {
  searchCredentials(
    query: "cloud security"
    first: 5
    filter: { countries: ["DE", "FR", "NL"], maxEqfLevel: 6 }
  ) {
    totalCount
    degraded
    edges {
      score
      highlights
      node {
        title
        provider { name country }
        similar(first: 2) { score credential { title provider { name } } }
      }
    }
    facets { field values { value label count } }
  }
  suggest(text: "pyth", first: 5) { kind label matchedLabel }
}
`,
  },
  {
    query: `# Skill gap: which essential skills of an ICT security administrator are not covered
# by credentials offered in Germany under 1000 EUR and 6 months? And the cheapest pathway.
query SkillGap {
  skillGap(
    target: { occupationUri: "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7" }
    supply: { regions: ["DE"], maxCost: 1000, currency: "EUR", maxDurationDays: 183 }
  ) {
    requiredCount
    coveredCount
    coveragePercent
    priority
    uncoveredEssential { priority competency { preferredLabel } }
  }
  pathway(
    target: { occupationUri: "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7" }
    supply: { regions: ["DE"], maxCost: 1000, currency: "EUR" }
    objective: LOWEST_COST
  ) {
    algorithm
    totalCost { currency amount }
    steps { credential { title costAmount } newlyCovered { preferredLabel } }
    uncovered { preferredLabel }
  }
}
`,
  },
  {
    query: `# Fetch any object by its global id (copy an id from another tab into Variables).
query Node($id: ID!) {
  node(id: $id) {
    id
    __typename
  }
}
`,
    variables: `{
  "id": "paste-a-global-id-here"
}
`,
  },
];
