export { charsetOf, jsonBodyText } from './json-body';
export type { JsonBodyText } from './json-body';
export { isClientAbort } from './client-abort';
