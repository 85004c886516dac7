import { readFileSync } from 'node:fs';

/** What {@link watchEventLoopStalls} saw, in milliseconds. */
export interface EventLoopStalls {
  /** The longest time the event loop was held up by this process: a timer's lateness, less the time this thread waited for a CPU. */
  longestMs: number;
  /** The longest lateness of the timer as the clock saw it, CPU waits included. */
  longestRawMs: number;
}

const TICK_MS = 5;

/**
 * Watches the event loop of the calling thread: a timer ticks every 5 ms and each tick's lateness
 * is a stall. On a shared 2-core machine the thread is also late whenever the kernel gives its CPU
 * to other processes, which no code here can prevent; on Linux, the time the thread spent waiting
 * for a CPU (its `schedstat`) is taken off, so `longestMs` is the process's own doing: its work
 * and its waits on I/O or locks. Elsewhere `longestMs` is the raw lateness.
 *
 * @example
 * const watch = watchEventLoopStalls();
 * await knowledge.reload();
 * expect(watch.stop().longestMs).toBeLessThan(100);
 */
export function watchEventLoopStalls(): { stop(): EventLoopStalls } {
  const seen: EventLoopStalls = { longestMs: 0, longestRawMs: 0 };
  let lastTick = performance.now();
  let lastWait = cpuWaitMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const wait = cpuWaitMs();
    const late = now - lastTick - TICK_MS;
    seen.longestRawMs = Math.max(seen.longestRawMs, late);
    seen.longestMs = Math.max(seen.longestMs, late - (wait - lastWait));
    lastTick = now;
    lastWait = wait;
  }, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      return { ...seen };
    },
  };
}

/** Total time this thread has waited for a CPU while ready to run, in ms (0 where the kernel does not say). */
function cpuWaitMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6 || 0;
  } catch {
    return 0;
  }
}
