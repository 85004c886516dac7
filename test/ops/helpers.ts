import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LogFields, Logger } from '../../src/log.js';
import { createLogger } from '../../src/log.js';

/** A throwaway knowledge folder with the given files; `remove` deletes it. */
export interface TempFolder {
  dir: string;
  write(name: string, content: string): Promise<void>;
  remove(): Promise<void>;
}

/** Creates a knowledge folder in the system's temp folder holding `files`. */
export async function tempFolder(files: Record<string, string> = {}): Promise<TempFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'icat-ops-'));
  const write = async (name: string, content: string) => {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  };
  for (const [name, content] of Object.entries(files)) await write(name, content);
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A logger writing JSON lines into memory, as `npm start` writes them to stderr. */
export interface CapturedLog {
  logger: Logger;
  /** The raw text written so far. */
  text(): string;
  /** Each line parsed. */
  lines(): (LogFields & { msg: string; level: string })[];
}

/** Captures a real logger's output, scrubbing `secrets` as production does. */
export function captureLog(secrets: string[] = [], level: 'debug' | 'info' = 'info'): CapturedLog {
  let written = '';
  const logger = createLogger({ level, secrets, stream: { write: (line: string) => { written += line; } } });
  return {
    logger,
    text: () => written,
    lines: () => written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogFields & { msg: string; level: string }),
  };
}
