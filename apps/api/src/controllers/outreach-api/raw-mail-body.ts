import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';

/** What `POST /api/v1/inbound` takes: a raw message; mail tools often label it plain text or bytes. */
export const RAW_MAIL_TYPES = ['message/rfc822', 'text/plain', 'application/octet-stream'];

/**
 * The request body as bytes, at most `limit` of them. Called by the handler, so only after the
 * access guard: an anonymous or read-only caller is refused before a byte of the body is read.
 * No global body parser knows these types, so the stream is still unread here. Too much is a 413
 * (in the one error shape, through the HTTP filter); the rest of the upload is drained, not cut
 * off, so that the client reads the answer.
 */
export function readRawMail(req: Request, limit: number): Promise<Buffer | null> {
  const type = req.is(RAW_MAIL_TYPES);
  if (type === null || req.headers['content-length'] === '0') return Promise.resolve(null);
  // Any other type (JSON and forms were read by their parsers already) is not a message.
  if (!type) throw new UnsupportedMediaTypeException();
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeException();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (error) {
        req.resume();
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(new PayloadTooLargeException());
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => settle(null));
    req.once('error', (error) => settle(error));
  });
}
