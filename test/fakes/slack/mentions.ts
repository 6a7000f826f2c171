/** A string that would notify people if Slack rendered it: a broadcast, a user group or a user mention. */
export interface LiveMention {
  mention: string;
  /** Where it was found, e.g. `$.blocks[0].text.text`. */
  path: string;
}

// Slack: `<!channel>`, `<!here>`, `<!everyone>` (optionally `|label`), `<!subteam^S…>` and `<@U…>`/`<@W…>`
// notify; escaped text (`&lt;!channel&gt;`) does not.
const LIVE_MENTION = /<!(?:channel|here|everyone)(?:\|[^>]*)?>|<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>|<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;

/**
 * Finds live mentions in a string, or in every string anywhere inside an object or array (message
 * text, every `text` of blocks, attachments, views...). Scanning every string, not only fields
 * named `text`, errs on the safe side.
 */
export function findLiveMentions(value: unknown, path = '$'): LiveMention[] {
  if (typeof value === 'string') {
    return [...value.matchAll(LIVE_MENTION)].map((match) => ({ mention: match[0], path }));
  }
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => findLiveMentions(item, `${path}[${index}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findLiveMentions(item, `${path}.${key}`));
  }
  return [];
}
