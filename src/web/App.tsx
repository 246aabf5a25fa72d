import { createBrowserRouter, Link, RouterProvider } from 'react-router';
import { SessionProvider, useMe } from './api/session';
import { Layout } from './components/Layout';
import { ErrorState, Loading } from './components/states';
import { SignInPage } from './features/auth/SignInPage';
import { HomePage } from './features/home/HomePage';
import { InterviewPage } from './features/interviews/InterviewPage';
import { InterviewsPage } from './features/interviews/InterviewsPage';
import { SearchPage } from './features/search/SearchPage';

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
