import type { Principal, Role } from '#libs/auth';
import type { Audience } from '#libs/evidence';

/** The roles that work on the ledger and so may read drafts and items in review. */
const STAFF_ROLES: readonly Role[] = ['admin', 'researcher', 'reviewer'];

/** Staff when a researcher, reviewer or admin is signed in (session or token, any scope); the public otherwise. */
export function audienceOf(principal: Principal | null): Audience {
  return principal && STAFF_ROLES.includes(principal.role) ? 'staff' : 'public';
}
