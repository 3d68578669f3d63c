import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { t, templatesRoot } from '#libs/core';
import { OutreachException } from '../outreach.exception';
import { LETTER_FIELDS, type LetterContext } from './letter-context';

/** A letter template from `templates/letters/<key>.hbs`: front matter (name, subject), then the body. */
export interface LetterTemplate {
  key: string;
  name: string;
  subject: string;
  body: string;
  /**
   * `listed: no` in the front matter: a template another area composes with its own appendix (the
   * scorecard notice), not offered when an organizer writes a letter from scratch.
   */
  listed: boolean;
}

export interface RenderedLetter {
  subject: string;
  text: string;
  html: string;
}

function lettersDir(): string {
  return join(templatesRoot(), 'letters');
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function parseTemplateFile(key: string, source: string): LetterTemplate {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`templates/letters/${key}.hbs has no front matter (--- name: … subject: … ---)`);
  const meta = Object.fromEntries(
    match[1].split(/\r?\n/).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  );
  if (!meta.name || !meta.subject)
    throw new Error(`templates/letters/${key}.hbs needs a name and a subject in its front matter`);
  return {
    key,
    name: meta.name,
    subject: meta.subject,
    body: source.slice(match[0].length).trim() + '\n',
    listed: meta.listed !== 'no',
  };
}

/**
 * Letters are Handlebars in strict mode: a field that the record does not have is an error that
 * names it, never an empty gap in a letter a company will read. The text is rendered without
 * HTML escaping (it is plain text); the HTML version escapes that text as a whole inside
 * `_layout.html.hbs`, so nothing in a letter or in the record can inject markup.
 */
export class LetterTemplates {
  private readonly handlebars = Handlebars.create();
  private readonly templates: Map<string, LetterTemplate>;
  private readonly layout: HandlebarsTemplateDelegate;

  constructor(dir = lettersDir()) {
    this.handlebars.unregisterHelper('log'); // a letter has nothing to say to the server's log
    this.templates = new Map(
      readdirSync(dir)
        .filter((file) => file.endsWith('.hbs') && !file.startsWith('_'))
        .sort()
        .map((file) => {
          const key = file.replace(/\.hbs$/, '');
          return [key, parseTemplateFile(key, readFileSync(join(dir, file), 'utf8'))] as const;
        }),
    );
    this.layout = this.handlebars.compile(readFileSync(join(dir, '_layout.html.hbs'), 'utf8'), { strict: true });
  }

  list(): LetterTemplate[] {
    return [...this.templates.values()].filter((template) => template.listed);
  }

  get(key: string): LetterTemplate {
    const template = this.templates.get(key);
    if (!template) throw OutreachException.unknownTemplate(key, [...this.templates.keys()]);
    return template;
  }

  /** Renders a letter's sources against the record; throws OutreachException naming the field and line. */
  render(sources: { subject: string; body: string }, context: LetterContext, footer: string): RenderedLetter {
    const subject = this.renderOne('subject', sources.subject, context).replace(/\s+/g, ' ').trim();
    const text = tidy(this.renderOne('body', sources.body, context));
    const paragraphs = text.split(/\n{2,}/).map((paragraph) => paragraph.split('\n'));
    const html = this.layout({ subject, paragraphs, footer });
    return { subject, text: `${text}\n\n-- \n${footer}\n`, html };
  }

  private renderOne(field: 'subject' | 'body', source: string, context: LetterContext): string {
    try {
      return this.handlebars.compile(source, {
        strict: true,
        noEscape: true,
        knownHelpersOnly: true,
        knownHelpers: { log: false },
      })(context, { allowProtoPropertiesByDefault: false });
    } catch (error) {
      throw OutreachException.templateError(field, describe(source, error as Error));
    }
  }
}

/** Blank lines left by block helpers are folded; paragraphs stay apart by one empty line. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NOT_DEFINED = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/;
const PARSE_LINE = /(?:Parse error|error) on line (\d+)/i;

/** Turns Handlebars' own message into one an organizer can act on. */
export function describe(source: string, error: Error): string {
  const missing = NOT_DEFINED.exec(error.message);
  if (missing) {
    const line = Number(missing[2]);
    const column = Number(missing[3]);
    const text = source.split('\n')[line - 1] ?? '';
    const path = /^[\w.@/-]+/.exec(text.slice(column).replace(/^[#/^]?\s*/, ''))?.[0] ?? missing[1];
    return t('outreach.error.template_unknown_field', { field: path, line, known: LETTER_FIELDS.join(', ') });
  }
  const parse = PARSE_LINE.exec(error.message);
  const detail = error.message.split('\n').pop()?.trim() ?? error.message;
  return t('outreach.error.template_syntax', { line: parse?.[1] ?? '?', detail });
}
