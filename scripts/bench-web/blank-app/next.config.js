// A blank Next.js app, built by `npm run bench:web` with the project's own `next` to measure
// the first-load JavaScript every App Router page carries.
/** @type {import('next').NextConfig} */
module.exports = { distDir: process.env.NEXT_DIST_DIR || '.next' };
