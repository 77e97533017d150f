/** A marker the loaders put on answers that must not be cached (partial lists); never sent to clients. */
export const UNCACHEABLE_HEADER = 'x-gongkai-uncacheable';
