/** The CLI's language: `--lang`, else the environment (LC_ALL, LC_MESSAGES, LANG), else English. */
import type { Locale } from '../models/validation/issue.ts';

export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(raw) ? 'zh-CN' : 'en';
}

export function parseLocale(value: string | undefined, env?: NodeJS.ProcessEnv): Locale {
  if (value === undefined) return localeFromEnv(env);
  if (/^zh/i.test(value)) return 'zh-CN';
  if (/^en/i.test(value)) return 'en';
  throw new Error(`unknown language "${value}" (use en or zh-CN)`);
}
