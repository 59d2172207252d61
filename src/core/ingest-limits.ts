/**
 * What ingest refuses as too large, wherever a file comes from (CLI, seeds folder, Slack): the reader enforces
 * these and every "too large" message names them, so a user knows what the limit is. Remissvar are a few MB.
 */
export const INGEST_LIMITS = Object.freeze({
  maxBytes: 25 * 1024 * 1024,
  maxPages: 1000,
});
