export const DEFAULT_NEXT = '/console';

const ORIGIN = 'http://leverage.invalid';

/**
 * Where to go after signing in. Only a path inside the console is honoured, so that a crafted
 * `?next=` can never send someone who just typed their password to another site (open redirect)
 * or to a public page dressed up as the console. Anything else becomes the console's front page.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000) return DEFAULT_NEXT;
  // Backslashes and control characters are read as slashes or dropped by some browsers.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return DEFAULT_NEXT;
  if (!/^\/console(?:[/?#]|$)/.test(raw)) return DEFAULT_NEXT;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return DEFAULT_NEXT;
  }
  // Dot segments may climb out of /console: judge the path the browser would actually request.
  if (url.origin !== ORIGIN || !/^\/console(?:\/|$)/.test(url.pathname)) return DEFAULT_NEXT;
  return `${url.pathname}${url.search}`;
}
