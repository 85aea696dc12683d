export declare const NO_BROWSER_HELP: string;
export declare function findChrome(): { path: string; source: string } | { error: string } | null;
