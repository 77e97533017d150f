export { EXPORT_KINDS, EXPORT_CSV_TABLES, exportFileName } from './export-kinds';
export type { ExportKind, ExportRecords } from './export-kinds';
export { exportTrailerLine, parseExportTrailer } from './export-trailer';
export type { ExportSummary } from './export-trailer';
export { ExportWriter, ExportAbandonedError, EXPORT_MEDIA_TYPES, exportFormatOf } from './export-writer';
export type { ExportFormat, ExportExtras } from './export-writer';
export { verifiedExportLines, ExportIncompleteError } from './export-lines';
