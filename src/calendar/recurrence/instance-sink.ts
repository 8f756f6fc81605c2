// Where candidate instances go: applies DTSTART, COUNT, UNTIL, the window and the instance cap,
// and says when expansion can stop. Candidates must arrive in ascending order.

export interface SinkLimits {
  dtstartLocal: number;
  /** Exclusive. */
  endLocal: number;
  /** Inclusive; Infinity when there is no UNTIL. */
  untilLocal: number;
  /** COUNT, or Infinity. */
  count: number;
  /** Instances before this are counted but not kept. */
  startLocal: number;
  maxInstances: number;
}

export class InstanceSink {
  readonly instances: number[] = [];
  truncated = false;
  private produced = 0;
  private readonly limits: SinkLimits;

  constructor(limits: SinkLimits) {
    this.limits = limits;
  }

  /**
   * Takes DTSTART, which RFC 5545 makes the first instance whether or not it matches the rule
   * (§3.8.5.3 "The DTSTART property defines the first instance in the recurrence set") and which
   * counts toward COUNT (§3.3.10 "The DTSTART property value always counts as the first
   * occurrence"). Returns false when nothing more can follow.
   */
  start(): boolean {
    const { dtstartLocal, endLocal } = this.limits;
    if (!(dtstartLocal < endLocal)) return false;
    this.produced = 1;
    if (dtstartLocal >= this.limits.startLocal) this.keep(dtstartLocal);
    return this.produced < this.limits.count && !this.truncated;
  }

  /** True while an instance at or after `local` could still be accepted. */
  isOpen(local: number): boolean {
    return local < this.limits.endLocal && local <= this.limits.untilLocal;
  }

  /** Offers the next candidate; returns false when expansion should stop. */
  offer(local: number): boolean {
    const limits = this.limits;
    // Candidates before DTSTART are not instances; DTSTART itself was taken by start().
    if (local <= limits.dtstartLocal) return true;
    if (local >= limits.endLocal || local > limits.untilLocal) return false;
    this.produced++;
    if (local >= limits.startLocal && !this.keep(local)) return false;
    return this.produced < limits.count;
  }

  private keep(local: number): boolean {
    if (this.instances.length >= this.limits.maxInstances) {
      this.truncated = true;
      return false;
    }
    this.instances.push(local);
    return true;
  }
}
