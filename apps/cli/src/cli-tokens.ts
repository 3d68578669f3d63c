/** The URL of the database the CLI works on (the embedded one when DATABASE_URL is unset). */
export const CLI_DATABASE_URL = Symbol('CLI_DATABASE_URL');
