/**
 * The replies still being sent after their event was acknowledged (a mention's
 * `chat.postMessage`, a share's `response_url` posts), so stopping can let them finish.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  /** Runs `work`, remembering it until it settles; resolves or rejects as `work` does. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => { this.pending.delete(work); };
    work.then(forget, forget);
    return work;
  }

  /** How many replies are in flight now. */
  get size(): number {
    return this.pending.size;
  }

  /** Resolves once every reply in flight now has settled (each is bounded by the request timeout). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
