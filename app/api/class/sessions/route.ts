import { handlers } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = (request: Request) => handlers.createSession(request);
