/**
 * The stance format's version. Bump it, and keep reading the old one, when the shape changes.
 * In a module of its own so code that only needs the number does not pull in zod.
 */
export const STANCE_VERSION = 1;
