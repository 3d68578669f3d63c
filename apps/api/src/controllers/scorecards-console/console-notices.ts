import { t } from '#libs/core';

const NOTICES = ['published'];

/** A flash message for `?notice=` after a redirect; unknown notices show nothing. */
export function noticeOf(notice: unknown): string | null {
  return typeof notice === 'string' && NOTICES.includes(notice) ? t(`scorecards.console.notice.${notice}`) : null;
}
