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
  /** In place of the private answer "Posta i kanalen" was clicked on, once it is posted. */
  postedInChannel: 'Postat i kanalen – svaret syns nu för alla där.',
  /** A second click on that "Posta i kanalen" (a double click, or the same button later). */
  alreadyPosted: 'Svaret är redan postat i kanalen.',
  /** Privately, after "Dela i kanalen" / "Dela i tråd" on a private answer. */
  sharedInChannel: 'Citatet är delat i kanalen.',
  sharedInThread: 'Citatet är delat i tråden.',
  /** A second click on the same share button of the same message. */
  alreadyShared: 'Det här citatet är redan delat härifrån.',
  /** The small modal that tells a clicker what no message could (Slack allows 24 characters in a title). */
  noticeTitle: 'remiss',
  noticeClose: 'Stäng',
});
