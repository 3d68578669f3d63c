/** The job that hands one message to the relay (or the outbox): `{ id }` of its row. */
export const MAIL_SEND_JOB = 'mail.send';
/** Removes the outbox copies of messages whose recipient was erased: `{ files: [{ id, createdAt }] }`. */
export const MAIL_FORGET_JOB = 'mail.forget';
/** The sweep that gives a job back to rows nothing would send any more. */
export const MAIL_REQUEUE_STALE_JOB = 'mail.requeue-stale';

/** The tag of a message's bounce address: `bounce+<message row id>.<sig>@MAIL_DOMAIN`. */
export const BOUNCE_TAG = 'bounce';

/**
 * How long an attempt owns a row. A worker that died mid-send leaves its row in 'sending'; after
 * the lease another attempt may take it. The SMTP timeouts (mail-transport.ts) are well inside
 * it, so a live attempt never outlasts its lease.
 */
export const SEND_LEASE_MS = 5 * 60_000;

/** Attempts that reach the relay; after the last temporary failure the message is 'failed'. */
export const MAX_ATTEMPTS = 6;

/** A queued row this old with no job waiting for it gets one again. */
export const STALE_QUEUED_MS = 5 * 60_000;

/** The per-domain rate counts messages handed over within this window. */
export const RATE_WINDOW_MS = 60_000;
