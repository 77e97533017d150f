export { ifMatchHolds, ifNoneMatchHits, isStrongEtag, strongEtagOf } from './etag';
