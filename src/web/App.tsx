import type { ReactNode } from 'react';
import { createBrowserRouter, Link, RouterProvider } from 'react-router';
import { SessionProvider, useMe } from './api/session';
import { Layout } from './components/Layout';
import { RoleGate } from './components/RoleGate';
import { ErrorState, Loading } from './components/states';
import { SignInPage } from './features/auth/SignInPage';
import { HomePage } from './features/home/HomePage';
import { InterviewPage } from './features/interviews/InterviewPage';
import { InterviewsPage } from './features/interviews/InterviewsPage';
import { AccountPage } from './features/account/AccountPage';
import { FindingsPage } from './features/findings/FindingsPage';
import { ParticipantPage } from './features/participants/ParticipantPage';
import { ParticipantsPage } from './features/participants/ParticipantsPage';
import { SetupPage } from './features/setup/SetupPage';
import { ImportPage } from './features/import/ImportPage';
import { SearchPage } from './features/search/SearchPage';
import { SummariesPage } from './features/summaries/SummariesPage';
import { SummaryPage } from './features/summaries/SummaryPage';
import { CheckPage } from './features/trace/CheckPage';
import { TracePage } from './features/trace/TracePage';
import { ArtifactsPage } from './features/artifacts/ArtifactsPage';
import { DesignDocumentPage } from './features/design/DesignDocumentPage';
import { MemberCheckPage } from './features/design/MemberCheckPage';
import { FrameworkPage } from './features/framework/FrameworkPage';
import { CodebookPage } from './features/codebook/CodebookPage';
import { ExchangePage } from './features/exchange/ExchangePage';
import { TemplatesPage } from './features/templates/TemplatesPage';
import { TheoryPage } from './features/theory/TheoryPage';
import { UptakePage } from './features/theory/UptakePage';
import { StrategiesPage } from './features/strategies/StrategiesPage';
import { FeedbackPage } from './features/feedback/FeedbackPage';
import { AchievementPage } from './features/achievement/AchievementPage';
import { AuditPage } from './features/audit/AuditPage';
import { MemosPage } from './features/memos/MemosPage';
import { RetrievalPage } from './features/retrieval/RetrievalPage';
import { ScoringPage } from './features/scoring/ScoringPage';
import { ScoreInterviewPage } from './features/scoring/ScoreInterviewPage';
import { TrajectoryPage } from './features/scoring/TrajectoryPage';
import { ReliabilityPage } from './features/reliability/ReliabilityPage';
import { AnalysesPage } from './features/analyses/AnalysesPage';
import { InstrumentPage } from './features/instruments/InstrumentPage';
import { InstrumentsPage } from './features/instruments/InstrumentsPage';

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

const forTeam = (page: ReactNode, need: 'read' | 'write' | 'lead' = 'read') => <RoleGate need={need}>{page}</RoleGate>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/interviews', element: forTeam(<InterviewsPage />) },
      { path: '/interviews/:id', element: forTeam(<InterviewPage />) },
      { path: '/search', element: forTeam(<SearchPage />) },
      { path: '/memos', element: forTeam(<MemosPage />) },
      { path: '/retrieval', element: forTeam(<RetrievalPage />) },
      { path: '/summaries', element: forTeam(<SummariesPage />) },
      { path: '/summaries/:id', element: forTeam(<SummaryPage />) },
      { path: '/findings', element: forTeam(<FindingsPage />) },
      { path: '/trace/:id', element: forTeam(<TracePage />) },
      { path: '/check', element: forTeam(<CheckPage />) },
      { path: '/import', element: forTeam(<ImportPage />, 'write') },
      { path: '/participants', element: forTeam(<ParticipantsPage />) },
      { path: '/participants/:id', element: forTeam(<ParticipantPage />) },
      { path: '/setup', element: <SetupPage /> },
      { path: '/strategies', element: forTeam(<StrategiesPage />) },
      { path: '/artifacts', element: forTeam(<ArtifactsPage />) },
      { path: '/framework', element: forTeam(<FrameworkPage />) },
      { path: '/codebook', element: forTeam(<CodebookPage />) },
      { path: '/exchange', element: forTeam(<ExchangePage />) },
      { path: '/isf-templates', element: forTeam(<TemplatesPage />) },
      { path: '/theory', element: forTeam(<TheoryPage />) },
      { path: '/uptake', element: forTeam(<UptakePage />) },
      { path: '/scoring', element: forTeam(<ScoringPage />) },
      { path: '/scoring/interviews/:id', element: forTeam(<ScoreInterviewPage />) },
      { path: '/scoring/participants/:id', element: forTeam(<TrajectoryPage />) },
      { path: '/reliability', element: forTeam(<ReliabilityPage />) },
      { path: '/analyses', element: forTeam(<AnalysesPage />) },
      { path: '/instruments', element: forTeam(<InstrumentsPage />) },
      { path: '/instruments/:id', element: forTeam(<InstrumentPage />) },
      // Partner leaders see their district's shared design document and answer its member checks here.
      { path: '/design', element: <DesignDocumentPage /> },
      { path: '/member-checks/:id', element: <MemberCheckPage /> },
      { path: '/feedback', element: <FeedbackPage /> },
      { path: '/achievement', element: <AchievementPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '/audit', element: <AuditPage /> },
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
