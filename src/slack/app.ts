/**
 * Wires the Bolt app: transport from the config (Socket Mode or HTTP on PORT at /slack/events), the Web API
 * base URL (SLACK_API_URL), the listeners, a middleware that counts requests in flight for shutdown, and one
 * that answers a redelivered event once, on whichever instance (redeliveries.ts).
 */
import { App, type Logger, LogLevel } from '@slack/bolt';
import type { Config } from '../config.js';
import type { SlackDeps } from './deps.js';
import type { InFlight } from './in-flight.js';
import { registerListeners } from './listeners/index.js';
import { dropRedeliveries, eventClaims } from './redeliveries.js';

const LEVELS: Record<Config['logLevel'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export function createSlackApp(config: Config, deps: SlackDeps, inFlight: InFlight, logger?: Logger): App {
  const { botToken, signingSecret, appToken, apiUrl } = config.slack;
  const clientOptions = {
    slackApiUrl: apiUrl,
    // Bolt's default retries a failing call for ~30 minutes; a user waiting in Slack is better served by an error.
    retryConfig: { retries: 2, factor: 1.5, minTimeout: 200, maxTimeout: 2000 },
  };
  // deferInitialization: the constructor makes no Web API call (auth.test); `run.ts` awaits `app.init()`.
  const common = {
    token: botToken,
    logger,
    logLevel: LEVELS[config.logLevel],
    clientOptions,
    deferInitialization: true,
  };
  const app =
    config.mode === 'socket'
      ? // The Socket Mode client opens its connection (apps.connections.open) with its own Web API client.
        new App({ ...common, appToken, socketMode: true, installerOptions: { clientOptions: { slackApiUrl: apiUrl } } })
      : new App({ ...common, signingSecret, port: config.port });
  app.use(async ({ next }) => {
    await inFlight.track(next());
  });
  app.use(dropRedeliveries(eventClaims(deps.store, deps.now)));
  registerListeners(app, deps);
  return app;
}
