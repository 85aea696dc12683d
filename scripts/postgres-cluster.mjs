// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder,
// start on a free local port, stop by pg_ctl (never by process name). PostgreSQL refuses
// to run as root, so as root it runs as the `postgres` user through runuser.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest installed PostgreSQL server's bin folder, or null. */
export function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function asPostgres(bin, args, root) {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${bin} ${args.join(' ')} failed: ${result.stderr || result.stdout || result.error}`,
    );
  }
}

/**
 * Starts a cluster. Returns `{ url, stop }`, or `{ skip: reason }` when no server can be had
 * (no binaries, or no `postgres` user when running as root).
 */
export async function startCluster() {
  const bin = findPostgresBin();
  if (!bin)
    return {
      skip: 'no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)',
    };
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' });
    } catch {
      return { skip: 'running as root and there is no postgres user to run the server as' };
    }
  }
  const root = mkdtempSync(join(tmpdir(), 'cw-pg-'));
  chmodSync(root, 0o755);
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, uid, gid);
  }
  const data = join(root, 'data');
  const port = await freePort();
  asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'cw', '--no-sync'], root);
  asPostgres(
    join(bin, 'pg_ctl'),
    [
      '-D',
      data,
      '-l',
      join(root, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ],
    root,
  );
  let stopped = false;
  return {
    url: `postgresql://cw@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], root);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
