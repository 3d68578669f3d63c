/** Who does what: DESIGN.md, "Who uses it". */
export const ROLES = ['admin', 'organizer', 'researcher', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The signed-in account behind a request, whichever way it proved itself. */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  via: 'session' | 'token';
  /** Tokens only: what the token may do. A session may do all its role allows. */
  scope?: TokenScope;
  tokenId?: string;
}
