import { readConfig } from '@/lib/server/config';
import { HttpError, checkOrigin, clientAddress, readJson } from '@/lib/server/http';
import { RateLimiter } from '@/lib/server/rate-limit';
import { hashSecret, newJoinCode, newSecret, secretMatches } from '@/lib/server/secrets';
import { JOIN_CODE_ALPHABET } from '@/lib/class/contract';

describe('RateLimiter', () => {
  it('allows perMinute hits per key per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect([1, 2, 3].map(() => limiter.hit('a', 3))).toEqual([0, 0, 0]);
    now = 15_000;
    expect(limiter.hit('a', 3)).toBe(45);
    expect(limiter.hit('b', 3)).toBe(0);
    now = 60_000;
    expect(limiter.hit('a', 3)).toBe(0);
  });
  it('never limits when perMinute is 0', () => {
    const limiter = new RateLimiter();
    expect(Array.from({ length: 100 }, () => limiter.hit('a', 0)).every((w) => w === 0)).toBe(true);
  });
});

describe('secrets', () => {
  it('draws join codes from the unambiguous alphabet only', () => {
    for (let i = 0; i < 200; i++) {
      expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
  });
  it('makes 256-bit secrets that match only their own hash', () => {
    const a = newSecret();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(secretMatches(a, hashSecret(a))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(a))).toBe(false);
    expect(secretMatches('', hashSecret(''))).toBe(false);
    expect(secretMatches(a, 'not-hex')).toBe(false);
  });
});

describe('request guards', () => {
  const config = readConfig({ PUBLIC_URL: 'https://class.example.org/' });
  const req = (headers: Record<string, string>, body?: string) =>
    new Request('http://localhost:3000/api/class/sessions', { method: 'POST', headers, body });

  it('accepts no Origin, the host’s own and PUBLIC_URL’s; refuses others', () => {
    expect(() => checkOrigin(req({ host: 'localhost:3000' }), config)).not.toThrow();
    expect(() =>
      checkOrigin(req({ host: '10.0.0.5:3000', origin: 'http://10.0.0.5:3000' }), config),
    ).not.toThrow();
    expect(() => checkOrigin(req({ origin: 'https://class.example.org' }), config)).not.toThrow();
    expect(() =>
      checkOrigin(req({ host: 'localhost:3000', origin: 'http://evil.test' }), config),
    ).toThrow(HttpError);
    expect(() => checkOrigin(req({ origin: 'null' }), config)).toThrow(HttpError);
  });

  it('takes the address added by the nearest untrusted hop', () => {
    const xff = { 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 3.3.3.3' };
    expect(clientAddress(req(xff), readConfig({}))).toBe('3.3.3.3');
    expect(clientAddress(req(xff), readConfig({ COUNTERWEIGHT_TRUSTED_PROXIES: '1' }))).toBe(
      '2.2.2.2',
    );
    expect(clientAddress(req({}), readConfig({}))).toBe('unknown');
  });

  it('refuses bodies over the limit with 413, even without Content-Length', async () => {
    await expect(
      readJson(req({}, JSON.stringify({ a: 'x'.repeat(100) })), 50),
    ).rejects.toMatchObject({ status: 413 });
    await expect(readJson(req({}, '{"a":1}'), 50)).resolves.toEqual({ a: 1 });
    await expect(readJson(req({}, '{'), 50)).rejects.toMatchObject({ status: 400 });
  });

  it('reads limits from the environment and refuses nonsense', () => {
    expect(
      readConfig({ COUNTERWEIGHT_RATE_JOIN_PER_ADDRESS: '7' }).rates.joinPerAddress.perMinute,
    ).toBe(7);
    expect(readConfig({}).purgeDays).toBe(30);
    expect(() => readConfig({ COUNTERWEIGHT_PURGE_DAYS: 'soon' })).toThrow(
      /COUNTERWEIGHT_PURGE_DAYS/,
    );
  });
});
