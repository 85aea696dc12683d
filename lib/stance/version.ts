/**
 * The stance format's version. Bump it, and keep reading the old one, when the shape changes.
 * In a module of its own so the explorer's store can use it without bringing the zod schema
 * into the page's first-load JavaScript.
 */
export const STANCE_VERSION = 1;
