/**
 * How Vercel's REST API writes an error: `{"error": {"code": "...", "message": "..."}}`
 * (https://vercel.com/docs/rest-api#errors). docs/vercel-contract.md lists what else is read.
 */
import type { ErrorBodyFormat } from '../../http/types.js';

function errorObject(body: unknown): { code?: unknown; message?: unknown } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const error = (body as { error?: unknown }).error;
  return error && typeof error === 'object' ? (error as { code?: unknown; message?: unknown }) : undefined;
}

/** Vercel's error body: the message as `<message> (<code>)`, the code from `error.code`. */
export const vercelErrorFormat: ErrorBodyFormat = {
  message(body) {
    const error = errorObject(body);
    if (typeof error?.message !== 'string') return undefined;
    return typeof error.code === 'string' ? `${error.message} (${error.code})` : error.message;
  },
  code(body) {
    const code = errorObject(body)?.code;
    return typeof code === 'string' ? code : undefined;
  },
};
