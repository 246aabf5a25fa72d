import type { linkViews } from '../../services/evidence-links.js';

/** The evidence each record cites, by the citing record's ID, as linkViews gives it. */
export type LinksByRecord = Awaited<ReturnType<typeof linkViews>>;
