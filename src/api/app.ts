import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { invalid } from '../domain/errors.js';
import { findUnwritableText } from '../domain/text.js';
import { type ApiDependencies, type ApiEnv } from './env.js';
import { errorBody, handleError } from './errors.js';
import { authenticate, csrfToken, sameOrigin } from './session-cookie.js';
import { registerLinkPages } from './pages/link-pages.js';
import { registerWebApp } from './web-app.js';
import { MAX_ARTIFACT_BYTES } from '../importers/artifacts/index.js';
import { declare, PUBLIC } from './policy.js';
import { registerAccountRoutes } from './routes/accounts.routes.js';
import { registerArtifactRoutes } from './routes/artifacts.routes.js';
import { registerAssessmentRoutes } from './routes/assessments.routes.js';
import { registerDesignDocumentRoutes } from './routes/design-documents.routes.js';
import { registerEvidenceLinkRoutes } from './routes/evidence-links.routes.js';
import { registerCodingRoutes } from './routes/codings.routes.js';
import { registerExcerptRoutes } from './routes/excerpts.routes.js';
import { registerFeedbackRoutes } from './routes/feedback.routes.js';
import { registerFeedbackNarrativeRoutes } from './routes/feedback-narratives.routes.js';
import { registerFindingRoutes } from './routes/findings.routes.js';
import { registerFrameworkRoutes } from './routes/framework.routes.js';
import { registerCodeRoutes } from './routes/codes.routes.js';
import { registerImplementationRoutes } from './routes/implementation.routes.js';
import { registerIsfRoutes } from './routes/isfs.routes.js';
import { registerMemberCheckRoutes } from './routes/member-checks.routes.js';
import { registerQuoteRoutes } from './routes/quotes.routes.js';
import { registerRecommendationRoutes } from './routes/recommendations.routes.js';
import { registerSharedRoutes } from './routes/shared.routes.js';
import { registerStrategyRoutes } from './routes/strategies.routes.js';
import { registerSummaryRoutes } from './routes/summaries.routes.js';
import { registerTheoryRoutes } from './routes/theory.routes.js';
import { registerAuditRoutes } from './routes/audit.routes.js';
import { registerAuthRoutes } from './routes/auth.routes.js';
import { registerChainRoutes } from './routes/chain.routes.js';
import { registerDirectoryRoutes } from './routes/directory.routes.js';
import { registerParticipantAttributeRoutes } from './routes/participant-attributes.routes.js';
import { registerReliabilityRoutes } from './routes/reliability.routes.js';
import { registerAnalysisRoutes } from './routes/analyses.routes.js';
import { registerInstrumentRoutes } from './routes/instruments.routes.js';
import { registerMeasureRoutes } from './routes/measures.routes.js';
import { MAX_UPLOAD_BYTES, registerImportRoutes } from './routes/imports.routes.js';
import { registerQdpxRoutes } from './routes/qdpx.routes.js';
import { registerUnassignedDocumentRoutes } from './routes/unassigned-documents.routes.js';
import { registerTranscriptRoutes } from './routes/transcripts.routes.js';
import { registerMemoRoutes } from './routes/memos.routes.js';
import { registerRetrievalRoutes } from './routes/retrieval.routes.js';
import { MAX_TRANSCRIPT_BYTES } from '../importers/transcript-file.js';
import { registerTemplateRoutes } from './routes/templates.routes.js';
import { registerRubricRoutes } from './routes/rubrics.routes.js';
import { registerScoreRoutes } from './routes/scores.routes.js';

export const API_TITLE = 'Warrant API';
export const MAX_JSON_BODY = 1024 * 1024;
/** A survey export and its dictionary, read on the request's thread: about 6,000 respondents × 150 items. */
export const MAX_SURVEY_BYTES = 2 * 1024 * 1024;

/** The HTTP JSON API: every step of the evidence chain, with its OpenAPI document at /api/openapi.json. */
export function createApi(deps: ApiDependencies, version = '0.0.0') {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        const first = issues[0];
        throw invalid(first ? `${first.path || 'request'}: ${first.message}` : 'the request is invalid', { issues });
      }
      // Every string of a request's parameters and body, before any handler sees it.
      const unwritable = findUnwritableText(result.data);
      if (unwritable) {
        const path = unwritable.path || result.target;
        throw invalid(`${path}: ${unwritable.problem}`, { field: path, issues: [{ path, message: unwritable.problem }] });
      }
    },
  });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    deps.log?.(`[${c.get('requestId')}] ${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // Not "no-referrer": under it a browser sends "Origin: null" with its form posts, which the
      // same-origin check must refuse. Same-origin keeps link tokens from other sites all the same.
      referrerPolicy: 'same-origin',
    }),
  );
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: (c) => c.json(errorBody(c, 'payload_too_large', `a request body is at most ${MAX_JSON_BODY / 1024} KB`), 413),
  });
  const uploadLimit = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) => c.json(errorBody(c, 'payload_too_large', `an upload is at most ${MAX_UPLOAD_BYTES / 1048576} MB`), 413),
  });
  const artifactLimit = bodyLimit({
    maxSize: MAX_ARTIFACT_BYTES,
    onError: (c) => c.json(errorBody(c, 'payload_too_large', `an artifact is at most ${MAX_ARTIFACT_BYTES / 1048576} MB`), 413),
  });
  const surveyLimit = bodyLimit({
    maxSize: MAX_SURVEY_BYTES,
    onError: (c) => c.json(errorBody(c, 'payload_too_large', `a survey file is at most ${MAX_SURVEY_BYTES / 1048576} MB`), 413),
  });
  const transcriptLimit = bodyLimit({
    maxSize: MAX_TRANSCRIPT_BYTES,
    onError: (c) => c.json(errorBody(c, 'payload_too_large', `a transcript is at most ${MAX_TRANSCRIPT_BYTES / 1048576} MB`), 413),
  });
  app.use('*', (c, next) => {
    if (c.req.method !== 'POST') return jsonLimit(c, next);
    if (/^\/api\/interviews\/[^/]+\/transcript$/.test(c.req.path)) return transcriptLimit(c, next);
    if (/^\/api\/partnerships\/[^/]+\/imports$/.test(c.req.path)) return uploadLimit(c, next);
    if (/^\/api\/partnerships\/[^/]+\/qdpx\/check$/.test(c.req.path)) return uploadLimit(c, next);
    if (/^\/api\/partnerships\/[^/]+\/artifacts$/.test(c.req.path)) return artifactLimit(c, next);
    if (/^\/api\/partnerships\/[^/]+\/instruments\/import$/.test(c.req.path)) return surveyLimit(c, next);
    return jsonLimit(c, next);
  });
  app.use('*', authenticate);
  app.use('*', sameOrigin);
  app.use('/api/*', csrfToken);

  registerAuthRoutes(app);
  registerAccountRoutes(app);
  registerAuditRoutes(app);
  registerDirectoryRoutes(app);
  registerParticipantAttributeRoutes(app);
  registerReliabilityRoutes(app);
  registerAnalysisRoutes(app);
  registerInstrumentRoutes(app);
  registerMeasureRoutes(app);
  registerTemplateRoutes(app);
  registerExcerptRoutes(app);
  registerCodingRoutes(app);
  registerIsfRoutes(app);
  registerSummaryRoutes(app);
  registerFindingRoutes(app);
  registerChainRoutes(app);
  registerFrameworkRoutes(app);
  registerCodeRoutes(app);
  registerStrategyRoutes(app);
  registerArtifactRoutes(app);
  registerAssessmentRoutes(app);
  registerDesignDocumentRoutes(app);
  registerMemberCheckRoutes(app);
  registerFeedbackRoutes(app);
  registerFeedbackNarrativeRoutes(app);
  registerSharedRoutes(app);
  registerImplementationRoutes(app);
  registerRecommendationRoutes(app);
  registerEvidenceLinkRoutes(app);
  registerQuoteRoutes(app);
  registerTheoryRoutes(app);
  registerImportRoutes(app);
  registerQdpxRoutes(app);
  registerUnassignedDocumentRoutes(app);
  registerTranscriptRoutes(app);
  registerMemoRoutes(app);
  registerRetrievalRoutes(app);
  registerRubricRoutes(app);
  registerScoreRoutes(app);
  registerLinkPages(app);

  const info = {
    openapi: '3.1.0',
    info: { title: API_TITLE, version, description: 'Partnership data, transcripts and the traceable evidence chain of Warrant.' },
  };
  app.get('/api/openapi.json', declare(app, 'GET', '/api/openapi.json', PUBLIC), (c) => c.json(app.getOpenAPI31Document(info)));
  app.get('/api', declare(app, 'GET', '/api', PUBLIC), (c) =>
    c.json({ name: API_TITLE, version, demoMode: Boolean(deps.demoMode), openapi: '/api/openapi.json', signIn: '/api/auth/sign-in' }),
  );
  registerWebApp(app, deps.webRoot);
  app.notFound((c) => c.json(errorBody(c, 'not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError(handleError);
  return app;
}

export type Api = ReturnType<typeof createApi>;
