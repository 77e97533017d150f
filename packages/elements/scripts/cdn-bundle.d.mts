export function minifyCssTemplates(source: string): string;
export function minifyHtmlTemplates(source: string, fileName?: string): string;
export function bundleCdn(): Promise<{ code: string; bytes: Uint8Array }>;
