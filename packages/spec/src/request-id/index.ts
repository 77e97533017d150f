export { isAcceptableRequestId, newRequestId, REQUEST_ID_PATTERN, requestIdOf } from './request-id';
