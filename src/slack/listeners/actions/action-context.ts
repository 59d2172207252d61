import type { BlockAction, ButtonAction } from '@slack/bolt';

/** Where a clicked button lives: the channel, and whether its message was only visible to the clicker. */
export interface ActionContext {
  channel: string | undefined;
  ephemeral: boolean;
  user: string;
}

export function actionContext(body: BlockAction<ButtonAction>): ActionContext {
  const container = body.container as { channel_id?: string; is_ephemeral?: boolean } | undefined;
  return {
    channel: body.channel?.id ?? container?.channel_id,
    ephemeral: container?.is_ephemeral === true,
    user: body.user.id,
  };
}
