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
 * (`<@U123>` or `<@U123|name>`) removed and spaces tidied. Other mentions stay, as text. Without a
 * bot id, only a mention opening the message is removed. A scan, not a pattern: each character is
 * looked at a bounded number of times, so 100 000 characters of `<@UBOT|` cost no more than a
 * plain message of that length.
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const id = botUserId?.replace(/[^A-Z0-9]/gi, '');
  const parts: string[] = [];
  let from = 0;
  let closeAt = -1;
  const mentionEnd = (at: number, length: number): number => {
    const after = at + 2 + length;
    if (text[after] === '>') return after + 1;
    if (text[after] !== '|') return -1;
    // The next '>' is searched once and reused while it lies ahead: the scan stays linear.
    if (closeAt !== -2 && closeAt < after) closeAt = text.indexOf('>', after);
    if (closeAt === -1) closeAt = -2;
    return closeAt >= 0 ? closeAt + 1 : -1;
  };
  if (id) {
    for (let at = text.indexOf(`<@${id}`); at >= 0; at = text.indexOf(`<@${id}`, at + 2)) {
      if (at < from) continue;
      const end = mentionEnd(at, id.length);
      if (end < 0) continue;
      parts.push(text.slice(from, at), ' ');
      from = end;
    }
  } else {
    const at = text.length - text.trimStart().length;
    if (text.startsWith('<@', at)) {
      let length = 0;
      while (/[A-Z0-9]/i.test(text[at + 2 + length] ?? '')) length++;
      const end = length > 0 ? mentionEnd(at, length) : -1;
      if (end >= 0) { parts.push(' '); from = end; }
    }
  }
  parts.push(text.slice(from));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Undoes Slack's own escaping of incoming text (`&amp;`, `&lt;`, `&gt;`), so the core sees what
 * the user typed; the renderer escapes again on the way out.
 */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
