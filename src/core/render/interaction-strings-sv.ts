/**
 * Swedish notices for buttons whose answer cannot go where it was meant to: the answer is too old for its buttons,
 * the bot has left the channel, or what "Posta i kanalen" found is no longer an answer.
 */
export const INTERACTION_SV = Object.freeze({
  /** Slack's response_url of an answer expires after 30 minutes (or five uses): its buttons can no longer answer. */
  answerTooOld: (query: string) =>
    `Svaret är för gammalt för att knapparna ska fungera. Sök igen med \`/remiss ${query}\`.`,
  /** The bot may not post in the conversation any more (removed from the channel, or never invited). */
  notInChannel:
    'Jag är inte med i kanalen längre, så jag kan inte posta här. Bjud in mig med `/invite @remiss` och försök igen.',
  /** Above what "Posta i kanalen" got instead of an answer (an error, nothing found, a pick list), shown privately. */
  notPosted: 'Inget postades i kanalen.',
});
