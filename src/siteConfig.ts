/**
 * Settings a deployment of the site may change, in one place.
 */

/**
 * The issue tracker's "new issue" address (for example
 * `https://github.com/<owner>/<repo>/issues/new`), where readers report a stale figure. The
 * "report a stale figure" links on the facts page and on pattern pages are built from it
 * (src/lib/staleFigureLink.ts) and are left out entirely while it is unset.
 */
export const ISSUE_TRACKER_NEW_ISSUE_URL: string | undefined = undefined;
