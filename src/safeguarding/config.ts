import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../config.js';
import { IcatError } from '../errors.js';
import { DEFAULT_REPORTING_CHANNEL } from './reply.js';

/**
 * The file in the knowledge folder where a maintainer can write the organisation's reporting
 * channel. Its name starts with a dot, so the knowledge loader skips it (as it skips every dot
 * file) and its text is never answered from.
 */
export const REPORTING_CHANNEL_FILE = '.reporting-channel.md';

/**
 * Reads the reporting channel the safeguarding reply names: `SAFEGUARDING_REPORTING_CHANNEL` when
 * set, else the text of {@link REPORTING_CHANNEL_FILE} in the knowledge folder, else
 * {@link DEFAULT_REPORTING_CHANNEL}. The text is used as written, after the words "To report a
 * possible trafficking situation, use".
 *
 * @throws IcatError `CONFIG_INVALID` when the file exists but cannot be read, naming it.
 */
export function readReportingChannel(env: Env, knowledgeDir: string): string {
  const fromEnv = env.SAFEGUARDING_REPORTING_CHANNEL?.trim();
  if (fromEnv) return fromEnv;
  const path = join(knowledgeDir, REPORTING_CHANNEL_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return DEFAULT_REPORTING_CHANNEL;
    throw new IcatError('CONFIG_INVALID', `${path} cannot be read (${(error as Error).message}): fix its permissions, or delete it to use the default reporting text.`, { cause: error });
  }
  return text.replace(/\s+/g, ' ').trim() || DEFAULT_REPORTING_CHANNEL;
}
