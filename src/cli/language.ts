/** The language for output: the flag, else MAIL_DOCTOR_LANG, else the locale of the environment. */
import type { Lang } from '../kb/types';

function isLang(value: string): value is Lang {
  return value === 'nl' || value === 'en';
}

function languageFromEnvironment(env: NodeJS.ProcessEnv): Lang {
  for (const name of ['MAIL_DOCTOR_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    return value.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  }
  return 'en';
}

/** The --lang flag when it names a language, else the environment's. */
export function chosenLanguage(flag: unknown, env: NodeJS.ProcessEnv): Lang {
  return typeof flag === 'string' && isLang(flag) ? flag : languageFromEnvironment(env);
}
