/**
 * The `mail-doctor` command. The only place that knows about argv, exit codes
 * and the process's streams; every subcommand gets them passed in.
 */
import { Command, CommanderError, Option } from 'commander';
import { loadProfile, ProfileError } from '../config/load-profile';
import { runExplain } from './explain-command';
import { isLang, languageFromEnvironment } from './language';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mail-doctor')
    .description('Explains e-mail delivery failures for cPanel accounts, in Dutch or English, with the fix.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  program
    .command('explain')
    .description('explain delivery failure texts: each TEXT, or each line of standard input')
    .argument('[text...]', 'a bounce text, Track Delivery message or Exim log line')
    .option('--json', 'one JSON object per input line')
    .addOption(new Option('--lang <lang>', 'language of the explanation').choices(['nl', 'en']))
    .option('--profile <file>', 'provider profile (JSON or YAML)', process.env.MAIL_DOCTOR_PROFILE)
    .action(async (texts: string[], opts: { json?: boolean; lang?: string; profile?: string }) => {
      const lang = opts.lang !== undefined && isLang(opts.lang) ? opts.lang : languageFromEnvironment(process.env);
      const profile = await loadProfile(opts.profile);
      await runExplain(texts, process.stdin, process.stdout, { json: opts.json === true, lang, profile });
      setExit(EXIT_OK);
    });

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ProfileError) {
      process.stderr.write(`mail-doctor: ${error.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`mail-doctor: ${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
