import type { Reply } from '../reply.js';

/**
 * The reporting channel named when the maintainer configured none. It names no phone number or
 * address on purpose: a wrong number given to someone reporting a live case does harm.
 */
export const DEFAULT_REPORTING_CHANNEL =
  "your organisation's own safeguarding or reporting focal point. If you don't know it, ask your manager, or contact your country's national anti-trafficking hotline or the police.";

/**
 * The fixed, careful reply to a message that looks like a report of a person at risk: the bot
 * cannot act on reports; emergency services first when someone is in immediate danger; then the
 * organisation's own reporting channel. It echoes nothing of the message (`question` is empty), so
 * no renderer can show it again and no log can pick it up from the reply.
 *
 * @param reportingChannel - what to use to report, as the maintainer configured it (see
 *   {@link readReportingChannel}); default {@link DEFAULT_REPORTING_CHANNEL}
 */
export function safeguardingReply(reportingChannel: string = DEFAULT_REPORTING_CHANNEL): Reply {
  const answer = [
    'It sounds like you may be describing someone at risk. I am only a knowledge bot: I cannot act on reports, and I do not pass messages on to anyone.',
    'If someone is in immediate danger, contact your local emergency services now.',
    `To report a possible trafficking situation, use ${reportingChannel.trim() || DEFAULT_REPORTING_CHANNEL}`,
  ].join('\n\n');
  return { kind: 'safeguarding', question: '', answered: false, answer, sources: [], confidence: 0, suggestions: [] };
}
