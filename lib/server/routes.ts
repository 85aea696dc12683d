import 'server-only';
import { classHandlers, type Handler } from './api';
import { getRuntime } from './runtime';

/** The class API's handlers over the process's one runtime, for the route files. */
export const handlers = classHandlers(getRuntime);

/** Adapts a handler to a dynamic `[code]` route's signature. */
export function withCode(handler: Handler) {
  return async (request: Request, context: { params: Promise<{ code: string }> }) =>
    handler(request, (await context.params).code);
}
