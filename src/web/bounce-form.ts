/**
 * The "Explain a bounce" form as multipart/form-data: the pasted text and an
 * uploaded .eml, each at most 10 MB. The message is kept in memory for this
 * one request only — never written to disk, never logged. Too-large input is
 * not an error page: the form says so next to the field.
 */
import busboy from 'busboy';
import type { NextFunction, Request, Response } from 'express';

/** The largest bounce the page reads, pasted or uploaded. */
const MAX_BOUNCE_BYTES = 10 * 1024 * 1024;

export interface BounceForm {
  readonly csrf?: string;
  readonly text: string;
  readonly upload?: Buffer;
  /** Set when the upload or the text was larger than MAX_BOUNCE_BYTES. */
  readonly tooLarge?: boolean;
}

/** Parses a multipart form into `req.body` (a BounceForm); other requests pass through untouched. */
export function bounceForm() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) {
      next();
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_BOUNCE_BYTES, files: 1, fields: 4, fieldSize: MAX_BOUNCE_BYTES, parts: 6 } });
    } catch {
      next();
      return;
    }
    const form: { csrf?: string; text: string; upload?: Buffer; tooLarge?: boolean } = { text: '' };
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      if (chunks.length > 0 && form.tooLarge !== true) form.upload = Buffer.concat(chunks);
      req.body = form;
      next(error);
    };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) form.tooLarge = true;
      if (name === 'csrf') form.csrf = value;
      else if (name === 'text') form.text = value;
    });
    parser.on('file', (name, stream) => {
      stream.on('data', (data: Buffer) => {
        if (name === 'upload') chunks.push(data);
      });
      stream.on('limit', () => {
        form.tooLarge = true;
        chunks.length = 0;
      });
    });
    parser.on('close', () => finish());
    parser.on('error', () => finish());
    req.on('aborted', () => finish());
    req.pipe(parser);
  };
}
