import isISO31661Alpha2 from 'validator/lib/isISO31661Alpha2';

/** Every ISO 3166-1 alpha-2 code validator.js knows, the same list the DTO checks against. */
export const COUNTRY_CODES: readonly string[] = (() => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isISO31661Alpha2(code)) codes.push(code);
    }
  return codes;
})();

const names = new Map<string, Intl.DisplayNames>();

/** A country's name in a language, from the runtime's CLDR data (Intl.DisplayNames). */
export function countryName(code: string, locale = 'en'): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    names.set(locale, display);
  }
  return display.of(code) ?? code;
}

/** The form's choices, sorted by name in the reader's language. */
export function countryOptions(locale = 'en'): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
