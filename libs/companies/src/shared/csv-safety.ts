/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"),
 * so an exported cell that starts with one gets a leading apostrophe, which they show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALIZED = /^'[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse on import, so that exporting and importing the same file changes nothing. */
export function restoreFormula(value: string): string {
  return NEUTRALIZED.test(value) ? value.slice(1) : value;
}
