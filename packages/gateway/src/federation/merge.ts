/**
 * k-way merge of department pages that are each already sorted. A binary heap keeps one head
 * per list, so a page of `limit` records costs O(limit · log k) comparisons however long the
 * lists are.
 */

export interface MergeResult<T> {
  /** The first `limit` records of all lists in order. */
  readonly records: T[];
  /** For each list (same index), how many of its records are in `records`: always a prefix. */
  readonly consumed: number[];
}

interface Head {
  readonly list: number;
  readonly position: number;
}

/**
 * Equal records keep their list order, then their position: the merge is stable, so it equals
 * concatenating the lists and stable-sorting them.
 */
export function mergeSorted<T>(lists: readonly (readonly T[])[], compare: (a: T, b: T) => number, limit: number): MergeResult<T> {
  const recordAt = (head: Head): T => lists[head.list]![head.position]!;
  const heap = new MinHeap<Head>((a, b) => compare(recordAt(a), recordAt(b)) || a.list - b.list);
  lists.forEach((list, index) => {
    if (list.length > 0) heap.push({ list: index, position: 0 });
  });

  const records: T[] = [];
  const consumed = lists.map(() => 0);
  for (let head = heap.pop(); head && records.length < limit; head = heap.pop()) {
    records.push(recordAt(head));
    consumed[head.list] = head.position + 1;
    if (head.position + 1 < lists[head.list]!.length) heap.push({ list: head.list, position: head.position + 1 });
  }
  return { records, consumed };
}

class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    this.items.push(item);
    this.siftUp(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(index: number): void {
    for (let child = index; child > 0;) {
      const parent = (child - 1) >> 1;
      if (!this.less(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    for (let parent = index; ;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.items.length && this.less(left, smallest)) smallest = left;
      if (right < this.items.length && this.less(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }

  private less(a: number, b: number): boolean {
    return this.compare(this.items[a]!, this.items[b]!) < 0;
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
  }
}
