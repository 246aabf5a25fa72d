import { createBrowserRouter, Link, RouterProvider } from 'react-router';
import { SessionProvider, useMe } from './api/session';
import { Layout } from './components/Layout';
import { ErrorState, Loading } from './components/states';
import { SignInPage } from './features/auth/SignInPage';
import { HomePage } from './features/home/HomePage';
import { InterviewPage } from './features/interviews/InterviewPage';
import { InterviewsPage } from './features/interviews/InterviewsPage';
import { AccountPage } from './features/account/AccountPage';
import { FindingsPage } from './features/findings/FindingsPage';
import { ParticipantsPage } from './features/participants/ParticipantsPage';
import { ImportPage } from './features/import/ImportPage';
import { SearchPage } from './features/search/SearchPage';
import { SummariesPage } from './features/summaries/SummariesPage';
import { SummaryPage } from './features/summaries/SummaryPage';
import { CheckPage } from './features/trace/CheckPage';
import { TracePage } from './features/trace/TracePage';

function NotFound() {
  return (
    <>
      <h1>No such page</h1>
      <p>
        <Link to="/">Back to the partnership's home</Link>
      </p>
    </>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/interviews', element: <InterviewsPage /> },
      { path: '/interviews/:id', element: <InterviewPage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/summaries', element: <SummariesPage /> },
      { path: '/summaries/:id', element: <SummaryPage /> },
      { path: '/findings', element: <FindingsPage /> },
      { path: '/trace/:id', element: <TracePage /> },
      { path: '/check', element: <CheckPage /> },
      { path: '/import', element: <ImportPage /> },
      { path: '/participants', element: <ParticipantsPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** Signed in: the app; otherwise the sign-in page. */
export function App() {
  const me = useMe();
  if (me.isPending) return <Loading what="Warrant" />;
  if (me.isError) return <ErrorState error={me.error} />;
  if (!me.data) return <SignInPage />;
  return (
    <SessionProvider me={me.data}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
