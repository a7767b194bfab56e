/**
 * The folder of Mail Doctor's package.json: the repository (run from src/
 * by the tests, from dist/ or dist-bench/ when built) or the installed
 * directory. Templates, scenarios and test corpora are found from it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function packageRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..', '..');
  }
}
