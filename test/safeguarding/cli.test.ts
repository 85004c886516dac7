import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { tempFolder, type TempFolder } from '../ops/helpers.js';

describe('npm run safeguarding: measuring the guard on sets written by someone else', () => {
  let folder: TempFolder;
  afterEach(async () => { await folder?.remove(); });

  it('prints the share of reports stopped and of questions let through, and the misses when asked', async () => {
    folder = await tempFolder({
      'reports.txt': 'my boss took my passport and I cannot leave\nthe weather is nice today\n',
      'questions.jsonl': '{"q": "what does forced labour mean?"}\n{"text": "how many victims are children?"}\n',
    });
    const { stdout } = await promisify(execFile)(resolve(PROJECT_ROOT, 'node_modules/.bin/tsx'), [
      'adapters/cli/safeguarding.ts', '--reports', resolve(folder.dir, 'reports.txt'), '--questions', resolve(folder.dir, 'questions.jsonl'), '--show-misses',
    ], { cwd: PROJECT_ROOT });
    expect(stdout).toBe('reports stopped: 1/2 (50.0%)\n  missed: the weather is nice today\nquestions answered: 2/2 (100.0%)\n');
  });
});
