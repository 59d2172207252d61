import { RESPONDENT_PAGE } from '../core/render/blocks-search.js';
import type { AskOptions } from '../search/engine.js';

/**
 * How the Slack app asks the search. A proposal's answers come whole (up to 2,000 matches, far above any remiss's
 * number of proposals), since the renderer groups them by stance and pages them itself ("Visa fler" within Block
 * Kit's limits). A respondent's answers come one message's page at a time (`pageSize`, with `offset` from "Visa
 * fler"; one more than a page, see RESPONDENT_PAGE), so a message reads what it shows: a prolific respondent's ~400 answers were read whole for every message
 * (5 ms median on PostgreSQL at 100,000 stances, against under 1 ms for one page).
 */
export const SLACK_ASK: Readonly<AskOptions> = Object.freeze({ limit: 2000, pageSize: RESPONDENT_PAGE });
