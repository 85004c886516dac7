/** A Slack message as tests read it back. */
export interface SlackMessageJson {
  text?: string;
  blocks?: { type: string; text?: { text: string }; elements?: { text?: string | { text: string } }[] }[];
}

/**
 * What a person sees of a Block Kit message: the text of every block, in order, with links shown
 * as their label and Slack's entities (`&lt;`, `&gt;`, `&amp;`) decoded.
 */
export function visibleText(message: SlackMessageJson): string {
  // With blocks present, Slack shows the blocks; `text` is only the notification.
  return (message.blocks?.length ? blockTexts(message) : [message.text ?? '']).join('\n')
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Every text Slack renders from a message (the notification `text` and each block's text), raw,
 * as Slack parses it for links and mentions. Button values are left out: Slack never renders them.
 */
export function markupText(message: SlackMessageJson): string {
  return [message.text ?? '', ...blockTexts(message)].join('\n');
}

function blockTexts(message: SlackMessageJson): string[] {
  const parts: string[] = [];
  for (const block of message.blocks ?? []) {
    if (block.text) parts.push(block.text.text);
    for (const element of block.elements ?? []) {
      const text = typeof element.text === 'string' ? element.text : element.text?.text;
      if (text) parts.push(text);
    }
  }
  return parts;
}
