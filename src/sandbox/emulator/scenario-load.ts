/**
 * Reads a scenario from YAML or JSON text or a file and validates it. Errors
 * list every problem with its path (`accounts[2].mailboxes[0].quotaMb: …`)
 * and, for YAML, the line where parsing broke.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import YAML from 'yaml';
import { Scenario, scenarioSchema } from './scenario-schema';

export class ScenarioError extends Error {
  readonly issues: readonly string[];
  constructor(source: string, issues: readonly string[]) {
    super(`invalid scenario ${source}:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

function formatScenarioIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${formatPath(issue.path)}: ${message}`;
  });
}

/** Validates an already parsed object. */
export function validateScenario(input: unknown, source = '(in memory)'): Scenario {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new ScenarioError(source, formatScenarioIssues(parsed.error));
  return parsed.data;
}

export function parseScenarioText(text: string, source = '(text)'): Scenario {
  const trimmed = text.trimStart();
  let raw: unknown;
  if (trimmed.startsWith('{')) {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new ScenarioError(source, [`not valid JSON: ${(error as Error).message}`]);
    }
  } else {
    const doc = YAML.parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
      throw new ScenarioError(source, doc.errors.map((e) => `not valid YAML: ${e.message.split('\n')[0] ?? e.message}`));
    }
    raw = doc.toJS();
  }
  return validateScenario(raw, source);
}

export async function loadScenarioFile(path: string): Promise<Scenario> {
  const text = await readFile(path, 'utf8');
  return parseScenarioText(text, path);
}
