import { en } from './en';
import { ru } from './ru';

/** English is whole; another language may hold only some keys (the rest read in English). */
export const LOCALES = { en, ru } as const;
export type Locale = keyof typeof LOCALES;

/**
 * The one translation helper every user-facing string passes through. Unknown keys are returned
 * as they are, so a message that is already text (a library's default) still reads.
 * `{name}` placeholders are filled from params.
 */
export function t(key: string, params: Record<string, unknown> = {}, locale: Locale = 'en'): string {
  const template =
    (LOCALES[locale] as Record<string, string>)[key] ?? (LOCALES.en as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
