// One writer at a time: imports and ledger updates run in turn (SQLite has one writer anyway, and
// two ledger rebuilds of the same people on PostgreSQL would collide), reads run freely.
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
