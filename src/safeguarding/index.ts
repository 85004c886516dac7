export { readReportingChannel, REPORTING_CHANNEL_FILE } from './config.js';
export { detectReport, type GuardVerdict } from './detect.js';
export { DEFAULT_REPORTING_CHANNEL, safeguardingReply } from './reply.js';
