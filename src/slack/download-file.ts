/**
 * Downloads a Slack-hosted file (url_private) with the bot token. The token goes only to Slack's own file
 * hosts or to the configured SLACK_API_URL host (a proxy, or the fake Slack in tests): a forged event with
 * url_private pointing elsewhere must not harvest the token.
 */
import { ErrorCode, RemissError } from '../errors.js';

export interface DownloaderOptions {
  botToken: string;
  /** The configured Web API base URL; its host may serve files too. */
  apiUrl?: string;
}

export function isTrustedFileHost(url: string, apiUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (apiUrl && parsed.origin === new URL(apiUrl).origin) return true;
  // "https://files.slack.com/files-pri/T1-F1/remissvar.pdf"
  return parsed.protocol === 'https:' && (parsed.hostname === 'slack.com' || parsed.hostname.endsWith('.slack.com'));
}

export function createFileDownloader(options: DownloaderOptions) {
  return async function downloadFile(url: string, maxBytes: number): Promise<Uint8Array> {
    if (!isTrustedFileHost(url, options.apiUrl)) {
      throw new Error(`refusing to send the bot token to ${new URL(url).host}`);
    }
    // redirect: 'manual' — Slack answers a token without files:read with a redirect to its login page.
    const response = await fetch(url, { headers: { Authorization: `Bearer ${options.botToken}` }, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`file download failed: HTTP ${response.status}`);
    if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
      throw new Error('file download returned an HTML page (missing files:read scope?)');
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new RemissError(ErrorCode.FileTooLarge, `file is ${declared} bytes > ${maxBytes}`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (!response.body) return new Uint8Array();
    for await (const chunk of response.body) {
      total += chunk.length;
      if (total > maxBytes) throw new RemissError(ErrorCode.FileTooLarge, `file exceeds ${maxBytes} bytes`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  };
}
