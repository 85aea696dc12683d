// `server-only` throws outside React Server Components; tests run server modules directly.
export {};
