import type { signIn } from './test-app';

/** A signed-in browser session: its cookie jar and its CSRF token. */
export type Agent = Awaited<ReturnType<typeof signIn>>;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

/** Handlebars' escapes read back as a browser reads them. */
export const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (entity) => ENTITIES[entity]);
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/** What a browser would send from the evidence editor as the page shows it: every field with its value. */
export function editorFields(html: string): Record<string, string> {
  const form = /<form[^>]*class="evidence-editor"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error('no editor on the page');
  const fields: Record<string, string> = {};
  for (const [, attrs] of form.matchAll(/<input\b([^>]*)>/g)) {
    const name = attr(attrs, 'name');
    if (!name || (attr(attrs, 'type') === 'checkbox' && !/\schecked\b/.test(attrs))) continue;
    fields[name] = decode(attr(attrs, 'value') ?? '');
  }
  for (const [, attrs, text] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g))
    fields[attr(attrs, 'name')!] = decode(text);
  for (const [, attrs, options] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option value="([^"]*)" selected>/.exec(options) ?? /<option value="([^"]*)"/.exec(options);
    fields[attr(attrs, 'name')!] = decode(chosen?.[1] ?? '');
  }
  return fields;
}

/** The message the editor shows beside a field, or undefined. */
export function fieldError(html: string, field: string): string | undefined {
  const match = new RegExp(`<p class="field-error" id="error-${field.replace(/\./g, '\\.')}">([^<]*)</p>`).exec(html);
  return match ? decode(match[1]) : undefined;
}

/** A form posted as a browser without JavaScript posts it, with the session's CSRF token; redirects not followed. */
export async function post(session: Agent, url: string, fields: Record<string, string>) {
  return session.agent
    .post(url)
    .type('form')
    .send({ _csrf: session.csrf, ...fields })
    .redirects(0);
}
