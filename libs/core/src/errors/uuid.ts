/** A UUID as PostgreSQL writes it. Ids in paths are checked against it before a query, so a malformed id is a 404, not a database error. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
