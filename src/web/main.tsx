import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { App } from './App';
import './styles.css';

// A refusal or an unknown ID (4xx) is the answer, shown at once; only a failed connection or a
// server error is asked again.
const retry = (failures: number, error: unknown) => failures < 2 && !(error instanceof ApiError && error.status < 500);
const client = new QueryClient({ defaultOptions: { queries: { retry, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
