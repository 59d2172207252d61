/**
 * Every environment variable, parsed and validated in one place. `loadConfig` throws one RemissError
 * listing one clear line per missing or malformed variable; values of secrets never appear in it.
 */
import { z } from 'zod';
import { ErrorCode, RemissError } from './errors.js';

export type AppMode = 'socket' | 'http' | 'terminal';
export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  mode: AppMode;
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    /** Always ends with "/" (Bolt's WebClient joins method names onto it); undefined: Slack's own. */
    apiUrl?: string;
  };
  port: number;
  /** Bind address for HTTP mode; undefined: all interfaces. Tests use 127.0.0.1. */
  host?: string;
  seedsDir: string;
  dbPath: string;
  digest: {
    /** Undefined: no digest is scheduled. */
    channel?: string;
    /** 24-hour local time in `timeZone`. */
    hour: number;
    minute: number;
    timeZone: string;
  };
  logLevel: LogLevelName;
  /** Slack user ids allowed to correct stances (REVIEWERS); empty: members of the channel where it was asked. */
  reviewers: string[];
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().trim().startsWith('xoxb-', 'must be a bot token starting with "xoxb-"').optional(),
  ),
  SLACK_SIGNING_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[0-9a-f]{16,}$/i, 'must be the app\'s signing secret (hex, from "Basic Information")')
      .optional(),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().trim().startsWith('xapp-', 'must be an app-level token starting with "xapp-"').optional(),
  ),
  SLACK_API_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .url('must be a URL such as https://slack.com/api/')
      .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be an http(s) URL')
      .optional(),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{1,5}$/, 'must be a port number 0–65535 (0: any free port)')
      .transform(Number)
      .refine((n) => n <= 65535, 'must be a port number 0–65535 (0: any free port)')
      .default(3000),
  ),
  HOST: optionalString,
  SEEDS_DIR: z.preprocess(blankToUndefined, z.string().default('seeds')),
  REMISS_DB: z.preprocess(blankToUndefined, z.string().default('data/remiss.db')),
  DIGEST_CHANNEL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[CGD][A-Z0-9]{6,}$/, 'must be a channel id such as C0123456789 (channel details → bottom)')
      .optional(),
  ),
  DIGEST_TIME: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM such as 08:00')
      .default('08:00'),
  ),
  DIGEST_TZ: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm')
      .default('Europe/Stockholm'),
  ),
  REVIEWERS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(
        /^[UW][A-Z0-9]{2,}(\s*,\s*[UW][A-Z0-9]{2,})*$/,
        'must be Slack user ids separated by commas, e.g. U0123ABC,U0456DEF',
      )
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(v.toLowerCase()) : v),
    z.enum(['debug', 'info', 'warn', 'error'], 'must be one of debug, info, warn, error').default('info'),
  ),
});

/** "SLACK_BOT_TOKEN: must be a bot token …" — never the value: it may be a secret. */
function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = parsed.success ? [] : describeIssues(parsed.error);
  if (parsed.success) {
    const e = parsed.data;
    // HTTP mode needs both halves; one without the other is a mistake worth a clear line.
    if (!e.SLACK_APP_TOKEN) {
      if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET)
        problems.push('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN for HTTP mode');
      if (e.SLACK_SIGNING_SECRET && !e.SLACK_BOT_TOKEN)
        problems.push('SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET for HTTP mode');
    } else if (!e.SLACK_BOT_TOKEN) {
      problems.push('SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN for Socket Mode');
    }
  }
  if (!parsed.success || problems.length > 0) {
    throw new RemissError(ErrorCode.InvalidConfig, `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const mode: AppMode = e.SLACK_APP_TOKEN ? 'socket' : e.SLACK_BOT_TOKEN ? 'http' : 'terminal';
  const [hour, minute] = e.DIGEST_TIME.split(':').map(Number);
  return {
    mode,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL ? (e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`) : undefined,
    },
    port: e.PORT,
    host: e.HOST,
    seedsDir: e.SEEDS_DIR,
    dbPath: e.REMISS_DB,
    digest: { channel: e.DIGEST_CHANNEL, hour, minute, timeZone: e.DIGEST_TZ },
    logLevel: e.LOG_LEVEL,
    reviewers: e.REVIEWERS ? e.REVIEWERS.split(',').map((id) => id.trim()) : [],
  };
}
