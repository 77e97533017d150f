export function minifyCssTemplates(source: string): string;
export function bundleCdn(): Promise<{ code: string; bytes: Uint8Array }>;
