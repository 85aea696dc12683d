import 'server-only';
import { STREAM_EVENTS } from '@/lib/class/contract';
import { publicSession } from './class-store';
import { computeResults, resultsFor, type ComputedResults } from './results';
import type { ClassRuntime } from './runtime';

/** Who is watching a stream: the host sees results always, others once revealed. */
export interface Viewer {
  readonly host: boolean;
  readonly tokenHash: string | null;
  readonly signal: AbortSignal;
}

interface Client {
  readonly viewer: Viewer;
  send(chunk: string): void;
}

/** Changes arriving closer together than this are sent as one update. */
const COALESCE_MS = 200;
const HEARTBEAT_MS = 15_000;
const REFRESH_MS = 30_000;

const encoder = new TextEncoder();
const frame = (event: string, data: unknown) =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * One session's watchers in this process. A change is read from storage once and the
 * aggregate computed once, however many watch, then personalised per viewer.
 */
class Hub {
  readonly clients = new Set<Client>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;
  /** A periodic re-read, so a change whose notification was lost still arrives. */
  private readonly refresh: ReturnType<typeof setInterval>;

  constructor(
    private readonly rt: ClassRuntime,
    private readonly code: string,
    private readonly onEmpty: () => void,
  ) {
    this.unsubscribe = rt.feed.subscribe(code, () => this.schedule());
    this.refresh = setInterval(() => this.schedule(), REFRESH_MS);
    this.refresh.unref();
  }

  add(client: Client) {
    this.clients.add(client);
    void this.sendTo([client]);
  }

  remove(client: Client) {
    this.clients.delete(client);
    if (this.clients.size === 0) {
      this.unsubscribe();
      clearInterval(this.refresh);
      if (this.timer) clearTimeout(this.timer);
      this.onEmpty();
    }
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sendTo([...this.clients]);
    }, COALESCE_MS);
  }

  private async sendTo(clients: readonly Client[]) {
    if (clients.length === 0) return;
    try {
      const session = await this.rt.store.getSession(this.code);
      if (!session) {
        for (const c of clients) c.send(frame(STREAM_EVENTS.deleted, { code: this.code }));
        return;
      }
      const sessionFrame = frame(STREAM_EVENTS.session, publicSession(session));
      let computed: ComputedResults | null = null;
      for (const c of clients) {
        c.send(sessionFrame);
        if (c.viewer.host || session.state === 'revealed') {
          computed ??= await computeResults(this.rt.store, session);
          c.send(frame(STREAM_EVENTS.results, resultsFor(computed, c.viewer.tokenHash)));
        }
      }
    } catch (error) {
      console.error('class stream update failed', error);
    }
  }
}

const HUBS = Symbol.for('counterweight.class-hubs');
type Holder = { [HUBS]?: Map<string, Hub> };

/**
 * A Server-Sent Events body for one viewer of session `code`: the current state at once,
 * then every change (coalesced), a comment heartbeat every 15 s, and `deleted` when the
 * session is gone. Ends when `viewer.signal` aborts.
 */
export function openStream(
  rt: ClassRuntime,
  code: string,
  viewer: Viewer,
): ReadableStream<Uint8Array> {
  const holder = globalThis as Holder;
  const hubs = (holder[HUBS] ??= new Map());
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let hub = hubs.get(code);
      if (!hub) {
        hub = new Hub(rt, code, () => hubs.delete(code));
        hubs.set(code, hub);
      }
      const owner = hub;
      let open = true;
      const client: Client = {
        viewer,
        send(chunk) {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(chunk));
          } catch {
            cleanup();
          }
        },
      };
      const heartbeat = setInterval(() => client.send(': heartbeat\n\n'), HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        owner.remove(client);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      viewer.signal.addEventListener('abort', () => cleanup(), { once: true });
      client.send('retry: 3000\n\n');
      owner.add(client);
    },
    cancel() {
      cleanup();
    },
  });
}
