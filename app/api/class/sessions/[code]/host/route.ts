import { handlers, withCode } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = withCode(handlers.hostAction);
