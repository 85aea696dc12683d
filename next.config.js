// @ts-check

const isDev = process.env.NODE_ENV !== 'production';

/**
 * No third-party origin anywhere. Next's App Router streams its payload through inline
 * <script> tags, so script-src needs 'unsafe-inline' unless every page is rendered per
 * request with a nonce; we keep pages static and allow no other origin instead.
 * 'unsafe-eval' is only needed by the dev server's hot reloading.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
];

/**
 * The query parameters that carry a reader's stance (`STANCE_PARAMS` in lib/stance/link.ts; a
 * test keeps the two lists equal). An explorer address with any of them is served by the
 * dynamic `shared` route, which renders the link's own ranking; every other visit gets the
 * static page.
 */
const STANCE_PARAMS = ['w', 'd', 'm', 'r', 'e'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Separate build folders let e2e runs and a running dev server coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks once as its own gate (tsc --noEmit); repeating it inside every
  // build would only slow the e2e run down and report the same errors twice.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    return {
      beforeFiles: STANCE_PARAMS.map((key) => ({
        source: '/cases/:caseId',
        has: [{ type: 'query', key }],
        destination: '/cases/:caseId/shared',
      })),
    };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
