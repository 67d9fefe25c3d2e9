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
