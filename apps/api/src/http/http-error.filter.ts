import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { t } from '#libs/core';
import { loggable, toErrorBody } from './error-response';

/** JSON for the API, open data and machine clients; an HTML page for everyone else. */
export function wantsJson(req: Request): boolean {
  if (req.path.startsWith('/api/') || req.path === '/health' || /\.(json|csv|atom)$/.test(req.path)) return true;
  if (req.path.startsWith('/console') || req.path === '/login' || req.path === '/logout') return false;
  const accept = req.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** The one exception filter of the HTTP transport: every error, from a route or a middleware, ends here. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    if (res.headersSent) return;
    let body = toErrorBody(error, req.method, req.path);
    let errorId: string | null = null;
    if (!body) {
      errorId = (req as Request & { id?: string }).id?.toString() ?? randomUUID();
      this.logger.error({ err: loggable(error), errorId }, `unexpected error ${errorId}`);
      body = {
        status: 500,
        code: 'internal_error',
        message: t('error.internal', { id: errorId }),
        details: [],
        kind: 'server',
      };
    }
    if (body.status === 429) res.setHeader('Retry-After', '60');
    if (wantsJson(req)) {
      res.status(body.status).json({
        error: { code: body.code, message: body.message, details: body.details, ...(errorId ? { errorId } : {}) },
      });
      return;
    }
    if (body.status === 401 && req.method === 'GET') {
      res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    const page = body.kind === 'server' ? 'server' : body.code === 'csrf_invalid' ? 'csrf' : body.kind;
    res.status(body.status).render('pages/error', {
      title: t(`error.${page}.title`),
      heading: t(`error.${page}.title`),
      body: errorId
        ? t('error.server.body')
        : ['not_found', 'forbidden', 'rate_limited', 'csrf'].includes(page)
          ? t(`error.${page}.body`)
          : body.message,
      errorId,
      details: body.details,
    });
  }
}
