// GraphiQL for SkillsRegistry, bundled for offline use: no CDN, Monaco workers built by Vite.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { exampleTabs } from './examples.js';

// POST to the very path this page was served from (normally /graphql, same origin).
const fetcher = createGraphiQLFetcher({
  url: window.location.pathname,
  // Plain JSON POSTs; the API does not speak multipart/mixed incremental delivery.
  enableIncrementalDelivery: false,
  // Lower-case key so it replaces the toolkit's own default instead of being merged with it.
  headers: { accept: 'application/graphql-response+json, application/json' },
});

createRoot(document.getElementById('graphiql')).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={exampleTabs}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
