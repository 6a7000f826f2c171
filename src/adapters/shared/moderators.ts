/**
 * Who is a moderator: the one rule, for every face. A face reports what its platform says about the
 * person (Discord: server, permissions and roles; Slack: the user id); the configuration names the
 * moderators; this decides.
 */

/** What the platform says about the person making a request, as the face received it. */
export type Authority =
  | { platform: 'discord'; inGuild: boolean; manageGuild: boolean; roleIds: readonly string[] }
  | { platform: 'slack'; userId: string }
  /** The person at the keyboard of the process, who owns its files anyway. */
  | { platform: 'console' };

/** The moderators named in configuration (DISCORD_MODERATOR_ROLE_IDS, SLACK_MODERATOR_USER_IDS). */
export interface ModeratorPolicy {
  discordRoleIds: readonly string[];
  slackUserIds: readonly string[];
}

export const NO_MODERATORS: ModeratorPolicy = { discordRoleIds: [], slackUserIds: [] };

/**
 * Discord: in a server, with Manage Server or a moderator role (moderation is by server role, so never
 * in a DM). Slack: a listed user. Console: the local user. Checked on every use, never remembered.
 */
export function isModerator(authority: Authority, policy: ModeratorPolicy): boolean {
  switch (authority.platform) {
    case 'discord':
      return authority.inGuild && (authority.manageGuild || authority.roleIds.some((r) => policy.discordRoleIds.includes(r)));
    case 'slack':
      return policy.slackUserIds.includes(authority.userId);
    case 'console':
      return true;
  }
}
