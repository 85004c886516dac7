/**
 * Escapes plain text for Slack mrkdwn. Slack reads `<…>` as links and mentions (`<!channel>`,
 * `<!here>`, `<@U123>`), so `&`, `<` and `>` are turned into entities: whatever a user or a
 * document wrote is shown as typed and can never ping anyone.
 *
 * @example escapeMrkdwn('<!channel> & co') // '&lt;!channel&gt; &amp; co'
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A mrkdwn link `<url|label>` when `url` is a plain http(s) address, otherwise the escaped label
 * alone: a URL from a document's front matter must not be able to break out of the link syntax.
 */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return safeLabel;
  return `<${url.replace(/&/g, '&amp;')}|${safeLabel}>`;
}

/**
 * A user mention `<@U123>` for an id Slack gave us (never for text a user typed), or '' when the
 * id does not look like a Slack user id.
 */
export function userMention(userId: string | undefined): string {
  return userId && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : '';
}

/**
 * The question in a message that mentions the bot: the text with every mention of the bot
 * (`<@U123>` or `<@U123|name>`) removed and spaces tidied. Other mentions stay, as text.
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId
    ? text.replace(new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g'), ' ')
    : text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/i, ' ');
  return withoutBot.replace(/\s+/g, ' ').trim();
}

/**
 * Undoes Slack's own escaping of incoming text (`&amp;`, `&lt;`, `&gt;`), so the core sees what
 * the user typed; the renderer escapes again on the way out.
 */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
