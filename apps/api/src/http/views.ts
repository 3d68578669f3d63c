import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import hbs from 'hbs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { t, templatesRoot } from '#libs/core';

type Hbs = ReturnType<typeof hbs.create>;

function registerPartials(instance: Hbs, root: string, dir = root): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) registerPartials(instance, root, path);
    else if (entry.endsWith('.hbs'))
      instance.registerPartial(
        relative(root, path)
          .replace(/\\/g, '/')
          .replace(/\.hbs$/, ''),
        readFileSync(path, 'utf8'),
      );
  }
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && value) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** Handlebars helpers every template may use. Output is escaped by Handlebars itself. */
export function registerHelpers(instance: Hbs): void {
  instance.registerHelper('t', (key: string, options: { hash?: Record<string, unknown> }) =>
    t(key, options?.hash ?? {}),
  );
  instance.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  instance.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  instance.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  instance.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  instance.registerHelper('not', (a: unknown) => !a);
  instance.registerHelper('date', (value: unknown) => {
    const date = toDate(value);
    return date ? dateFormat.format(date) : '';
  });
  instance.registerHelper('datetime', (value: unknown) => {
    const date = toDate(value);
    return date ? dateTimeFormat.format(date) : '';
  });
  instance.registerHelper('isoDate', (value: unknown) => toDate(value)?.toISOString() ?? '');
  instance.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  instance.registerHelper('json', (value: unknown) => JSON.stringify(value, null, 2));
  /** The error message for one field, from a list of {field, message}. */
  instance.registerHelper('fieldError', (errors: unknown, field: string) =>
    Array.isArray(errors)
      ? (errors as { field: string; message: string }[]).find((e) => e.field === field)?.message
      : undefined,
  );
}

export function setupViews(app: NestExpressApplication): void {
  const root = templatesRoot();
  const instance = hbs.create();
  registerHelpers(instance);
  registerPartials(instance, join(root, 'partials'));
  app.engine('hbs', instance.__express.bind(instance) as never);
  app.setBaseViewsDir(root);
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layouts/main' });
  // Compile each template once, not on every request (Express caches views only when told to).
  app.set('view cache', true);
  app.useStaticAssets(join(root, 'assets'), { prefix: '/assets/', maxAge: '1h', index: false });
}
