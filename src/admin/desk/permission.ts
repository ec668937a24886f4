/** The admin action that opens the desk and its API (registered by the server, granted to the Comment moderator role). */
export const DESK_PERMISSION = { action: 'api::moderation-desk.use', subject: null } as const;
