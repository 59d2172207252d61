/**
 * Why a message did not reach Slack, as far as a listener chooses a fallback by it: the response_url is spent
 * (`expired`), the bot may not post in the conversation (`not_in_channel`), or anything else (`other`).
 */
export type SlackFailure = 'expired' | 'not_in_channel' | 'other';

/** Web API codes that mean the bot is not in the conversation (a private one it cannot even see, for the second). */
const NOT_IN_CONVERSATION = new Set(['not_in_channel', 'channel_not_found']);

/** The Web API's error code ("not_in_channel") when the call reached Slack and was refused; '' otherwise. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : '';
}

/**
 * Codes Slack answers a message it will not take for its size: the undocumented bound on block text
 * (message-budget.ts), the top-level text, and invalid_blocks, which a smaller message of the same kind may pass.
 */
const TOO_LARGE = new Set(['msg_blocks_too_long', 'msg_too_long', 'invalid_blocks']);

export function refusedForSize(error: unknown): boolean {
  return TOO_LARGE.has(slackErrorCode(error));
}

export function slackFailure(error: unknown): SlackFailure {
  if (NOT_IN_CONVERSATION.has(slackErrorCode(error))) return 'not_in_channel';
  // Bolt's respond() posts with axios: a spent response_url answers 404 ("expired_url", "used_url").
  const response = (error as { response?: { status?: unknown; data?: unknown } } | null)?.response;
  if (response?.status === 404 || response?.status === 410) return 'expired';
  if (typeof response?.data === 'string' && /expired_url|used_url/.test(response.data)) return 'expired';
  return 'other';
}
