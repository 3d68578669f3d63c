/** Outreach belongs to organizers (admins always pass): contacts' addresses and drafts are not public. */
export const ORGANIZER_READ = { roles: ['organizer' as const], token: 'read' as const };
export const ORGANIZER_WRITE = { roles: ['organizer' as const], token: 'write' as const };
