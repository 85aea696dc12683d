import { handlers, withCode } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = withCode(handlers.getSession);
export const PATCH = withCode(handlers.updateSettings);
export const DELETE = withCode(handlers.deleteSession);
