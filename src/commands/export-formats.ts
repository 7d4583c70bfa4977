/** Kept apart from export.ts so the CLI can offer the choices without loading the command. */
export const EXPORT_FORMATS = ['md', 'json', 'html', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
